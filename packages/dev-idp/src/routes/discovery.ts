import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseDomain } from '@tenantkit/core';
import { allowOrigin, anyClientAllows, endPreflight } from '../http/cors.js';
import { sendJson } from '../http/responses.js';
import type { SsoConnection } from '../seed/seed.js';
import type { DevIdpServices } from './services.js';

const RESOURCE_PREFIX = 'urn:auth0:discovery:domain:';
const ISSUER_REL = 'http://openid.net/specs/connect/1.0/issuer';

/**
 * `/.well-known/webfinger?resource=urn:auth0:discovery:domain:<domain>`, Auth0's
 * Enterprise Connect discovery: 200 (a JRD naming the issuer) when an SSO
 * connection claims the domain, 404 otherwise, 400 for a malformed resource.
 * It says only yes or no: the domain list stays private.
 *
 * @example
 * ```ts
 * if (url.pathname === '/.well-known/webfinger') return handleWebFinger(req, res, url, services);
 * ```
 */
export function handleWebFinger(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  services: DevIdpServices,
): void {
  const { directory, issuer } = services;
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (anyClientAllows(directory, origin)) {
    allowOrigin(
      res,
      origin,
      req.method === 'OPTIONS' ? { preflight: { methods: 'GET, OPTIONS' } } : {},
    );
  }
  if (req.method === 'OPTIONS') {
    endPreflight(res);
    return;
  }
  const resource = url.searchParams.get('resource') ?? '';
  const parsed = resource.startsWith(RESOURCE_PREFIX)
    ? parseDomain(resource.slice(RESOURCE_PREFIX.length))
    : undefined;
  if (parsed === undefined || !parsed.ok) {
    sendJson(res, 400, {
      error: 'invalid_request',
      error_description: `resource must be ${RESOURCE_PREFIX}<domain>`,
    });
    return;
  }
  if (directory.ssoConnectionsFor(parsed.domain).length === 0) {
    sendJson(res, 404, { error: 'not_found' });
    return;
  }
  sendJson(
    res,
    200,
    { subject: resource, links: [{ rel: ISSUER_REL, href: issuer }] },
    'application/jrd+json',
  );
}

/**
 * `/client/<clientId>.js`, Lock's client info: JSONP calling
 * `Auth0.setClient({...})` with the application's connections grouped by
 * strategy; enterprise ones with `domain` and `domain_aliases`, database ones
 * with their password policy. 404 for an unknown client.
 *
 * @example
 * ```ts
 * if (url.pathname.startsWith('/client/')) return handleClientInfo(req, res, url, services);
 * ```
 */
export function handleClientInfo(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  services: DevIdpServices,
): void {
  const { directory, issuer } = services;
  const match = /^\/client\/([^/]+)\.js$/u.exec(url.pathname);
  const client = directory.client(
    match?.[1] === undefined ? undefined : decodeURIComponent(match[1]),
  );
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (client !== undefined && origin !== undefined && client.webOrigins.includes(origin)) {
    allowOrigin(
      res,
      origin,
      req.method === 'OPTIONS' ? { preflight: { methods: 'GET, OPTIONS' } } : {},
    );
  }
  if (req.method === 'OPTIONS') {
    endPreflight(res);
    return;
  }
  if (client === undefined) {
    sendJson(res, 404, { error: 'not_found', error_description: 'Unknown client.' });
    return;
  }

  const strategies = new Map<string, Record<string, unknown>[]>();
  const add = (strategy: string, connection: Record<string, unknown>): void => {
    strategies.set(strategy, [...(strategies.get(strategy) ?? []), connection]);
  };
  for (const connection of directory.enabledConnections(client)) {
    if (connection.type === 'database') {
      add('auth0', {
        name: connection.name,
        passwordPolicy: connection.passwordPolicy,
        ...(connection.minLength === undefined
          ? {}
          : { password_complexity_options: { min_length: connection.minLength } }),
        showSignup: false,
        showForgot: false,
      });
    } else {
      add(connection.strategy, enterpriseEntry(connection));
    }
  }
  const info = {
    id: client.clientId,
    tenant: 'tenantkit-dev-idp',
    subscription: 'free',
    authorize: new URL('authorize', issuer).href,
    callback: client.callbacks[0],
    hasAllowedOrigins: client.webOrigins.length > 0,
    strategies: [...strategies].map(([name, connections]) => ({ name, connections })),
  };
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`Auth0.setClient(${JSON.stringify(info)});`);
}

function enterpriseEntry(connection: SsoConnection): Record<string, unknown> {
  return {
    name: connection.name,
    display_name: connection.displayName,
    domain: connection.domains[0],
    domain_aliases: connection.domains,
  };
}
