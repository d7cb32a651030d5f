// `npm start`: runs the demo and the local identity provider once they exist;
// until then it says what is available instead of failing.
import { existsSync } from 'node:fs';

const has = (path) => existsSync(new URL(`../${path}`, import.meta.url));

if (!has('packages/demo/package.json')) {
  console.log(`tenantkit — the demo app is not part of this checkout yet.

What you can run today:
  npm test              every test
  npm run build         build every package to dist/
  npm run bench         benchmarks
`);
}
