// `npm start`: the demo (Vite dev server, from the packages' sources) and the
// local identity provider, in one process. Ctrl-C stops both.
//
//   npm start                                   http://localhost:5173, identity provider on 4000
//   npm start -- --port 5180 --idp-port 4100    other ports (or TENANTKIT_DEMO_PORT, TENANTKIT_IDP_PORT)
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const demoRoot = fileURLToPath(new URL('../packages/demo/', import.meta.url));

const USAGE = `Usage: npm start -- [--port 5173] [--idp-port 4000] [--verbose]

Starts the tenantkit demo and the local identity provider it signs in with.

  --port      the demo's port (default 5173, or TENANTKIT_DEMO_PORT)
  --idp-port  the identity provider's port (default 4000, or TENANTKIT_IDP_PORT)
  --verbose   log every request the identity provider answers`;

/** A message for the user, printed without a stack trace. */
class StartError extends Error {}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'idp-port': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new StartError(`${error.message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = readPort(values.port ?? process.env.TENANTKIT_DEMO_PORT, 5173, '--port');
  const idpPort = readPort(
    values['idp-port'] ?? process.env.TENANTKIT_IDP_PORT,
    4000,
    '--idp-port',
  );
  if (port === idpPort) {
    throw new StartError(`The demo and the identity provider need two ports (both are ${port}).`);
  }
  return { port, idpPort, verbose: values.verbose };
}

function readPort(text, fallback, option) {
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!/^\d+$/u.test(text) || port < 1 || port > 65_535) {
    throw new StartError(`${option} must be a port number from 1 to 65535 (got "${text}").`);
  }
  return port;
}

function portHint(option, variable, suggestion) {
  return `npm start -- ${option} ${suggestion} (or ${variable}=${suggestion} npm start)`;
}

function portTaken(port, how) {
  return new StartError(
    `Port ${port} is in use. Stop what uses it, or choose another port: ${how}.`,
  );
}

// `localhost` may resolve to 127.0.0.1 or ::1: the port must be free on both,
// or the browser could reach another server than ours.
async function checkPortFree(port, how) {
  for (const host of ['127.0.0.1', '::1']) {
    const problem = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', (error) => resolve(error.code));
      server.listen(port, host, () => server.close(() => resolve(null)));
    });
    if (problem === 'EADDRINUSE' || problem === 'EACCES') throw portTaken(port, how);
    // EADDRNOTAVAIL / EAFNOSUPPORT: no IPv6 on this machine, nothing can listen there.
  }
}

function buildIdentityProvider() {
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  const result = spawnSync(process.execPath, [tsc, '-b', 'packages/dev-idp'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new StartError('Building the identity provider failed (see the errors above).');
  }
}

// The default seed allows the demo on ports 5173 and 4173; another port must be
// added to the demo application's callbacks, logout URLs and web origins.
function seedFor(seed, origin) {
  const add = (list) =>
    [origin, `${origin}/`].reduce((all, url) => (all.includes(url) ? all : [...all, url]), list);
  return {
    ...seed,
    clients: seed.clients.map((client) =>
      client.clientId === 'tenantkit-demo'
        ? {
            ...client,
            callbacks: add(client.callbacks),
            logoutUrls: add(client.logoutUrls ?? []),
            webOrigins: (client.webOrigins ?? []).includes(origin)
              ? client.webOrigins
              : [...(client.webOrigins ?? []), origin],
          }
        : client,
    ),
  };
}

// oidc-provider 9 warns in red on Node 20, which this project supports (it works:
// every dev-idp test runs on Node 20). A newcomer's first command should not
// print a scary line that needs no action.
async function withoutRuntimeWarning(load) {
  const warn = console.warn;
  console.warn = (...args) => {
    if (!String(args[0]).includes('oidc-provider WARNING: Unsupported runtime')) warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

function readyMessage(demoUrl, idp) {
  return `
  Teamchat, the tenantkit demo, is ready: ${demoUrl}

  Sign in with (password Password123!):
    employee@example.com   admin in team-1, employee in team-2
    user@example.com       a personal account and two companies (Auth0 Organizations)
    many@example.com       1,000 teams: the switcher searches
    ana@acme.test          single sign-on through "Acme Okta": no password at all
  Try each mode on the sign-in page: claims or Organizations, embedded password or
  Universal Login, and three kinds of home realm discovery.

  Identity provider: ${idp.issuer} (local, for development only)
  Press Ctrl-C to stop.
`;
}

async function main() {
  const { port, idpPort, verbose } = readOptions();
  await checkPortFree(port, portHint('--port', 'TENANTKIT_DEMO_PORT', port + 1));
  await checkPortFree(idpPort, portHint('--idp-port', 'TENANTKIT_IDP_PORT', idpPort + 1));

  console.log('Building the identity provider (the first time takes a few seconds)…');
  buildIdentityProvider();

  const demoOrigin = `http://localhost:${port}`;
  const { readDefaultSeed, startDevIdp } = await withoutRuntimeWarning(
    () => import('../packages/dev-idp/dist/index.js'),
  );
  const idp = await startDevIdp({
    port: idpPort,
    seed: seedFor(await readDefaultSeed(), demoOrigin),
    ...(verbose && { log: (line) => console.log(`[identity provider] ${line}`) }),
  }).catch((error) => {
    if (error.code === 'EADDRINUSE') {
      throw portTaken(idpPort, portHint('--idp-port', 'TENANTKIT_IDP_PORT', idpPort + 1));
    }
    throw error;
  });

  // Read by the demo as import.meta.env.VITE_TENANTKIT_IDP.
  process.env.VITE_TENANTKIT_IDP = idp.url;
  const { createServer: createViteServer } = await import('vite');
  let vite;
  try {
    vite = await createViteServer({
      root: demoRoot,
      configFile: `${demoRoot}vite.config.ts`,
      clearScreen: false,
      logLevel: 'warn',
      server: { port, strictPort: true, host: 'localhost' },
    });
    await vite.listen();
  } catch (error) {
    await idp.stop();
    if (/already in use|EADDRINUSE/u.test(String(error?.message))) {
      throw portTaken(port, portHint('--port', 'TENANTKIT_DEMO_PORT', port + 1));
    }
    throw error;
  }

  let stopping = false;
  const stop = (signal) => {
    if (stopping) process.exit(1); // a second Ctrl-C: do not wait
    stopping = true;
    console.log(
      `\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the demo and the identity provider…`,
    );
    Promise.allSettled([vite.close(), idp.stop()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(readyMessage(`${demoOrigin}/`, idp));
}

main().catch((error) => {
  console.error(error instanceof StartError ? error.message : error);
  process.exit(1);
});
