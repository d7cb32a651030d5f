#!/usr/bin/env node
// The command's entry. It is a plain file outside dist/ so that npm links the
// command on install, before anything is built; the command itself is built.
const cli = new URL('../dist/cli.js', import.meta.url);

import(cli.href).catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(cli.pathname)) {
    console.error('tenantkit-dev-idp is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  throw error;
});
