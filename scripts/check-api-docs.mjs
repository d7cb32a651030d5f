// Every public export of every package must carry TSDoc with an example
// (our standard for a small, documented API). Lists the ones that do not.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const { workspaces } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const entries = [];
for (const dir of workspaces) {
  const manifest = JSON.parse(readFileSync(new URL(`${dir}/package.json`, root), 'utf8'));
  for (const target of Object.values(manifest.exports ?? {})) {
    const source = typeof target === 'object' ? target['@tenantkit/source'] : undefined;
    if (source) entries.push(new URL(`${dir}/${source}`, root).pathname);
  }
}

const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ['@tenantkit/source'],
  jsx: ts.JsxEmit.ReactJSX,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const missing = [];
for (const entry of entries) {
  const file = program.getSourceFile(entry);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue; // an empty entry exports nothing
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const documented = ts.displayPartsToString(symbol.getDocumentationComment(checker)) !== '';
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
    if (!documented || !hasExample) {
      const what = documented ? 'no @example' : 'no TSDoc';
      missing.push(`${entry.replace(root.pathname, '')}: ${exported.name} (${what})`);
    }
  }
}
if (missing.length > 0) {
  console.error(`Public exports without TSDoc and an example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`API docs: every export of ${entries.length} entry points has TSDoc with an example.`);
