// `npm run bench`: runs every suite in bench/suites through Vite's module
// runner (so TypeScript and workspace sources load without a build), prints one
// table, and writes bench/results/latest.json and latest.md (the README's
// Performance table). `npm run bench -- bundle switcher` runs only those suites.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createServer, defaultServerConditions } from 'vite';

// Suites name their files from the repository root.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const suites = ['bundle', 'core', 'switcher', 're-renders', 'login-overhead'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !suites.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown suite ${unknown.join(', ')}; the suites are ${suites.join(', ')}.`);
  process.exit(2);
}

// Workspace packages load from source; the rest resolve as Node would.
const conditions = ['@tenantkit/source', ...defaultServerConditions];
const server = await createServer({
  configFile: false,
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false },
  resolve: { conditions },
  ssr: { noExternal: [/^@tenantkit\//], resolve: { conditions } },
});
const started = performance.now();
// Other work on the machine skews times: the load average at the start is reported with them.
const load = os.loadavg()[0] ?? 0;
const rows = [];
try {
  for (const suite of chosen.length > 0 ? chosen : suites) {
    const suiteStarted = performance.now();
    const module = await server.ssrLoadModule(`./bench/suites/${suite}.ts`);
    rows.push(...(await module.run()));
    console.log(`${suite}: ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`);
  }
} finally {
  await server.close();
}

const verdict = (row) => (row.met === undefined ? '' : row.met ? 'yes' : 'NO');
const table = [
  ['', 'benchmark', 'result', 'target', 'met'],
  ...rows.map((row) => [row.group, row.name, row.result, row.target ?? '', verdict(row)]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
const print = (line) =>
  console.log(
    line
      .map((text, column) => text.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
print(table[0]);
print(widths.map((width) => '-'.repeat(width)));
table.slice(1).forEach(print);

const cpus = os.cpus();
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  cores: cpus.length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: Number(load.toFixed(2)),
  seconds: Math.round((performance.now() - started) / 1000),
};
const about = `${machine.date.slice(0, 10)} · ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · load ${machine.loadAverage} at start · ${machine.seconds} s`;
console.log(about);

// Component names such as <SignIn/> would read as HTML in Markdown.
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('<', '&lt;');
const markdown = [
  `Measured ${about}.`,
  '',
  '| | benchmark | result | target | met |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (row) =>
      `| ${row.group} | ${cell(row.name)} | ${cell(row.result)} | ${cell(row.target ?? '')} | ${verdict(row)} |`,
  ),
  '',
].join('\n');
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  JSON.stringify({ machine, rows }, null, 2),
);
writeFileSync(new URL('./results/latest.md', import.meta.url), markdown);
