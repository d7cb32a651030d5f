import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SafeHtml } from '../pages/html.js';
import { pageSecurityPolicy } from '../pages/layout.js';

/**
 * Sends JSON, never cached.
 *
 * @example
 * ```ts
 * sendJson(res, 403, { error: 'access_denied' });
 * ```
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json; charset=utf-8',
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * Sends a page, never cached, never framed, without scripts.
 *
 * @example
 * ```ts
 * sendHtml(res, 200, loginPage({ ... }));
 * ```
 */
export function sendHtml(res: ServerResponse, status: number, page: SafeHtml): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', pageSecurityPolicy([]));
  res.end(page.text);
}

/**
 * Sends a 303 redirect (a POST is followed by a GET).
 *
 * @example
 * ```ts
 * redirect(res, '/interaction/abc');
 * ```
 */
export function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.end();
}

/** Request bodies the dev-idp reads are small forms and JSON: anything larger is refused. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a request body as text; `undefined` when it exceeds {@link MAX_BODY_BYTES}.
 *
 * @example
 * ```ts
 * const text = await readBody(req);
 * ```
 */
export async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a form body (`application/x-www-form-urlencoded`).
 *
 * @example
 * ```ts
 * const form = await readForm(req);
 * form?.get('email');
 * ```
 */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return undefined;
  const text = await readBody(req);
  return text === undefined ? undefined : new URLSearchParams(text);
}
