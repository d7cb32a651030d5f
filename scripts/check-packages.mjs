// Lints what each publishable package would publish: publint checks the
// package.json against the packed files, Are the Types Wrong checks that the
// `.d.ts` files resolve for ESM consumers. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let failures = 0;

for (const dir of root.workspaces) {
  const manifest = JSON.parse(
    readFileSync(new URL(`../${dir}/package.json`, import.meta.url), 'utf8'),
  );
  if (manifest.private) continue;
  // Stylesheets have no types to check.
  const cssEntries = Object.keys(manifest.exports ?? {}).filter((entry) => entry.endsWith('.css'));
  const attwArgs = [
    '--pack',
    dir,
    '--profile',
    'esm-only',
    '--no-emoji',
    '--format',
    'table-flipped',
  ];
  if (cssEntries.length > 0) attwArgs.push('--exclude-entrypoints', ...cssEntries);
  for (const [command, args] of [
    ['publint', ['run', dir, '--strict']],
    ['attw', attwArgs],
  ]) {
    const result = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
    if (result.status !== 0) {
      failures += 1;
      console.error(`✗ ${command} failed for ${manifest.name}`);
    }
  }
}
if (failures > 0) process.exit(1);
console.log('Package checks passed.');
