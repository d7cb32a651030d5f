import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPostLoginAction } from '@tenantkit/auth0/action';
import { createLoginTickets } from './auth/login-tickets.js';
import { createPasswordLogin } from './auth/password-login.js';
import { createRequestHandler } from './http/create-request-handler.js';
import { loopbackHost, refuseProduction } from './loopback-host.js';
import { createProvider } from './oidc/create-provider.js';
import { createDirectory } from './seed/directory.js';
import { loadSeed } from './seed/load-seed.js';
import type { SeedDocument } from './seed/seed.js';

/**
 * Options of {@link startDevIdp}.
 *
 * @example
 * ```ts
 * const options: StartDevIdpOptions = { port: 4000, seed: './seed.json', log: console.log };
 * const idp = await startDevIdp(options);
 * ```
 */
export interface StartDevIdpOptions {
  /** The port; `0` picks a free one (the issuer then names the real port). */
  readonly port: number;
  /** A loopback host: `localhost` (default), `127.0.0.1` or `::1`. Others are refused. */
  readonly host?: string;
  /** A seed file path or document; defaults to the bundled default seed. */
  readonly seed?: string | SeedDocument;
  /** Receives one line per request (no query strings, no bodies). Quiet without it. */
  readonly log?: (line: string) => void;
  /** The clock of login tickets and failed-login blocks, in ms; for tests. Defaults to `Date.now`. */
  readonly now?: () => number;
}

/**
 * A running dev identity provider, as {@link startDevIdp} resolves it.
 *
 * @example
 * ```ts
 * const idp: DevIdp = await startDevIdp({ port: 0 });
 * await fetch(new URL('/.well-known/openid-configuration', idp.url));
 * await idp.stop();
 * ```
 */
export interface DevIdp {
  /** `http://localhost:<port>`: the `domain` to give `Auth0Provider`. */
  readonly url: string;
  /** `http://localhost:<port>/`: the `iss` of its tokens. */
  readonly issuer: string;
  readonly port: number;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

/**
 * Starts the local Auth0-compatible identity provider. It refuses to start
 * with `NODE_ENV=production` or on a host other than loopback, and throws on an
 * invalid seed with every problem listed. Everything lives in memory: keys,
 * sessions and tokens are new at each start.
 *
 * @example
 * ```ts
 * const idp = await startDevIdp({ port: 0 });
 * // <Auth0Provider domain={idp.url} clientId="tenantkit-demo" ...>
 * await idp.stop();
 * ```
 */
export async function startDevIdp(options: StartDevIdpOptions): Promise<DevIdp> {
  refuseProduction(process.env.NODE_ENV);
  const { port, log, now = Date.now } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(
      `tenantkit-dev-idp: \`port\` must be a whole number from 0 to 65535 (got ${String(port)})`,
    );
  }
  const host = loopbackHost(options.host ?? 'localhost');
  const seed = await loadSeed(options.seed);
  const directory = await createDirectory(seed);

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${host.urlHost}:${actualPort}`;
  const issuer = `${url}/`;

  try {
    const provider = await createProvider({
      issuer,
      directory,
      action: createPostLoginAction({ namespace: seed.namespace }),
    });
    const allowedHosts = new Set(
      [host.urlHost, 'localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${actualPort}`),
    );
    server.on(
      'request',
      createRequestHandler(
        {
          issuer,
          directory,
          provider,
          passwordLogin: createPasswordLogin({ directory, now }),
          tickets: createLoginTickets({ now }),
        },
        { log, allowedHosts },
      ),
    );
  } catch (error) {
    server.close();
    throw error;
  }

  return {
    url,
    issuer,
    port: actualPort,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        server.closeAllConnections();
      }),
  };
}
