import type { ServerResponse } from 'node:http';
import type { Directory } from '../seed/directory.js';

/**
 * Whether any application lists the origin among its allowed web origins
 * (for endpoints that do not name a client: WebFinger, preflights).
 *
 * @example
 * ```ts
 * anyClientAllows(directory, 'http://localhost:5173'); // true with the default seed
 * ```
 */
export function anyClientAllows(
  directory: Directory,
  origin: string | undefined,
): origin is string {
  return (
    origin !== undefined && directory.clients.some((client) => client.webOrigins.includes(origin))
  );
}

/**
 * Answers CORS for one allowed origin (never `*`).
 *
 * @example
 * ```ts
 * allowOrigin(res, origin, { credentials: true, preflight: { methods: 'POST', headers: 'Content-Type' } });
 * ```
 */
export function allowOrigin(
  res: ServerResponse,
  origin: string,
  options: {
    readonly credentials?: boolean;
    readonly preflight?: { readonly methods: string; readonly headers?: string };
  } = {},
): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (options.credentials === true) res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (options.preflight !== undefined) {
    res.setHeader('Access-Control-Allow-Methods', options.preflight.methods);
    if (options.preflight.headers !== undefined) {
      res.setHeader('Access-Control-Allow-Headers', options.preflight.headers);
    }
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

/**
 * Ends a preflight: 204 with the CORS headers already set (or none, which the
 * browser reads as a refusal).
 *
 * @example
 * ```ts
 * endPreflight(res);
 * ```
 */
export function endPreflight(res: ServerResponse): void {
  res.statusCode = 204;
  res.end();
}
