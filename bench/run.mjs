// `npm run bench`: runs every suite in bench/suites through Vite's module
// runner (so TypeScript and workspace sources load without a build), prints a
// table and writes bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createServer, defaultServerConditions } from 'vite';

const suites = ['./bench/suites/core.ts'];
// Workspace packages load from source; the rest resolve as Node would.
const conditions = ['@tenantkit/source', ...defaultServerConditions];
const server = await createServer({
  configFile: false,
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false },
  resolve: { conditions },
  ssr: { noExternal: [/^@tenantkit\//], resolve: { conditions } },
});
const results = [];
try {
  for (const suite of suites) {
    const module = await server.ssrLoadModule(suite);
    results.push(...(await module.run()));
  }
} finally {
  await server.close();
}

const format = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(2)} ms`);
console.table(
  results.map((r) => ({
    benchmark: r.name,
    median: format(r.medianMs),
    p95: format(r.p95Ms),
    'ops/s': Math.round(r.opsPerSecond).toLocaleString('en'),
    target: r.target ?? '',
  })),
);

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
};
console.log(`${machine.date} · Node ${machine.node} · ${machine.cores} × ${machine.cpu}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  JSON.stringify({ machine, results }, null, 2),
);
