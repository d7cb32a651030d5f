#!/usr/bin/env node
// The `tenantkit-dev-idp` command: starts the dev identity provider until Ctrl+C.
import { parseArgs } from 'node:util';

const USAGE = `Usage: tenantkit-dev-idp [--port 4000] [--host localhost] [--seed ./seed.json] [--quiet]

A local Auth0-compatible identity provider, for development and tests only.
Never use it in production: its accounts and passwords are public.

  --port   port to listen on (default 4000; 0 picks a free port)
  --host   loopback host: localhost (default), 127.0.0.1 or ::1
  --seed   seed JSON file (default: the bundled demo seed)
  --quiet  no request log`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4000' },
      host: { type: 'string', default: 'localhost' },
      seed: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!/^\d+$/u.test(values.port))
    throw new Error(`tenantkit-dev-idp: --port must be a number (got "${values.port}")`);

  // Loaded only now, so --help and bad arguments answer without oidc-provider's runtime warning.
  const { startDevIdp } = await import('./start-dev-idp.js');
  const idp = await startDevIdp({
    port: Number(values.port),
    host: values.host,
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(values.quiet ? {} : { log: (line: string) => console.log(`[dev-idp] ${line}`) }),
  });
  console.log(
    [
      'tenantkit dev identity provider: development only, never for production.',
      `  issuer  ${idp.issuer}`,
      `  app     <Auth0Provider domain="${idp.url}" clientId="tenantkit-demo" …>`,
      '  demo    employee@example.com / Password123!  (more accounts in the dev-idp README)',
    ].join('\n'),
  );
  const stop = (): void => {
    idp.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
