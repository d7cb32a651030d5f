/** Where to listen, and the host name the issuer URL uses. */
export interface LoopbackHost {
  /** The address given to `server.listen`. */
  readonly address: string;
  /** The host as written in URLs (`localhost`, `127.0.0.1`, `[::1]`). */
  readonly urlHost: string;
}

/**
 * Accepts only loopback hosts: `localhost` (which listens on 127.0.0.1), any
 * 127.x.y.z address, or `::1`. Anything else, `0.0.0.0` and `::` included, is
 * refused with a message: the dev-idp accepts every password of its seed,
 * so no other machine may reach it.
 *
 * @example
 * ```ts
 * loopbackHost('localhost'); // { address: '127.0.0.1', urlHost: 'localhost' }
 * loopbackHost('0.0.0.0'); // throws
 * ```
 */
export function loopbackHost(host: string): LoopbackHost {
  const name = host.trim().toLowerCase();
  if (name === 'localhost') return { address: '127.0.0.1', urlHost: 'localhost' };
  if (/^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/u.test(name))
    return { address: name, urlHost: name };
  if (name === '::1' || name === '[::1]') return { address: '::1', urlHost: '[::1]' };
  throw new Error(
    `tenantkit-dev-idp: refusing to listen on "${host}": it listens on loopback only ` +
      '(localhost, 127.0.0.1 or ::1), because it is a development tool with published demo ' +
      'passwords and must never be reachable from another machine.',
  );
}

/**
 * Refuses to run when `NODE_ENV` is `production`, with a message saying why.
 *
 * @example
 * ```ts
 * refuseProduction(process.env.NODE_ENV);
 * ```
 */
export function refuseProduction(nodeEnv: string | undefined): void {
  if (nodeEnv?.trim().toLowerCase() === 'production') {
    throw new Error(
      'tenantkit-dev-idp: refusing to start with NODE_ENV=production. It is a development ' +
        'identity provider (demo accounts, in-memory keys); use Auth0 in production.',
    );
  }
}
