import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static file server on a free loopback port. */
export interface StaticServer {
  /** `http://localhost:<port>`, the same site as the dev-idp. */
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * Serves a built single-page app: files by path, and `index.html` for every
 * path without an extension (the app routes `/settings` itself). The files may
 * be written after it starts: the port must be known before the build.
 *
 * @example
 * ```ts
 * const server = await serveStatic('/tmp/demo-build');
 * await page.goto(`${server.origin}/settings`);
 * ```
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file =
      extname(path) === '' ? '/index.html' : normalize(path).replace(/^(\.\.[/\\])+/u, '');
    readFile(join(root, file)).then(
      (body) => {
        response.setHeader(
          'Content-Type',
          contentTypes[extname(file)] ?? 'application/octet-stream',
        );
        response.setHeader('Cache-Control', 'no-store');
        response.end(body);
      },
      () => {
        response.statusCode = 404;
        response.end('Not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
