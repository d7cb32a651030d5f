import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUTH0_ROUTES, INTERACTION_PATH } from '../oidc/create-provider.js';
import { messagePage } from '../pages/message-page.js';
import { handleCoAuthenticate } from '../routes/co-authenticate.js';
import { handleClientInfo, handleWebFinger } from '../routes/discovery.js';
import { handleInteraction } from '../routes/interaction.js';
import { auth0LogoutToOidc } from '../routes/logout.js';
import type { DevIdpServices } from '../routes/services.js';
import { sendHtml } from './responses.js';

/**
 * The HTTP entry point: one log line per request (method, path, status, time;
 * never a query string or a body, so never a password, code or ticket), a Host
 * check against DNS rebinding, the dev-idp's own routes, then oidc-provider.
 *
 * @example
 * ```ts
 * http.createServer(createRequestHandler(services, { log: console.log, allowedHosts }));
 * ```
 */
export function createRequestHandler(
  services: DevIdpServices,
  options: {
    readonly log: ((line: string) => void) | undefined;
    readonly allowedHosts: ReadonlySet<string>;
  },
): (req: IncomingMessage, res: ServerResponse) => void {
  const oidc = services.provider.callback();
  const { log, allowedHosts } = options;

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      // A page on another site can point its own hostname at 127.0.0.1 (DNS rebinding).
      sendHtml(
        res,
        421,
        messagePage(
          'Wrong host',
          'The dev identity provider answers only on its loopback address.',
        ),
      );
      return;
    }
    const { pathname } = url;
    if (pathname === '/co/authenticate') return handleCoAuthenticate(req, res, services);
    if (pathname === '/.well-known/webfinger') return handleWebFinger(req, res, url, services);
    if (pathname.startsWith('/client/')) return handleClientInfo(req, res, url, services);
    if (pathname.startsWith(INTERACTION_PATH)) return handleInteraction(req, res, url, services);
    if (pathname === AUTH0_ROUTES.end_session && req.method === 'GET') {
      req.url = auth0LogoutToOidc(url, services.directory);
    }
    return oidc(req, res);
  };

  return (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', services.issuer);
    if (log !== undefined) {
      res.once('finish', () => {
        log(
          `${req.method ?? '?'} ${url.pathname} ${res.statusCode} ${Math.round(performance.now() - started)}ms`,
        );
      });
    }
    route(req, res, url).catch((error: unknown) => {
      log?.(
        `error on ${req.method ?? '?'} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent)
        sendHtml(
          res,
          500,
          messagePage('Server error', 'The dev identity provider failed; see its log.'),
        );
      else res.end();
    });
  };
}
