import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowOrigin, anyClientAllows, endPreflight } from '../http/cors.js';
import { readBody, sendJson } from '../http/responses.js';
import type { DevIdpServices } from './services.js';
import { randomBytes } from 'node:crypto';

/** The grant type auth0.js sends as `credential_type`. */
export const PASSWORD_REALM = 'http://auth0.com/oauth/grant-type/password-realm';

const PREFLIGHT = { methods: 'POST, OPTIONS', headers: 'Content-Type, Auth0-Client' };

/**
 * `/co/authenticate`, Auth0's cross-origin authentication (embedded password
 * login): a JSON `{ client_id, username, password, realm, credential_type }`
 * gives `{ login_ticket, co_verifier, co_id }`, and the ticket is redeemed once
 * at `/authorize?login_ticket=…`. CORS answers only the client's allowed web
 * origins, with credentials. A wrong password, an unknown user and an SSO user
 * all get the same 403; repeated failures get 429 `too_many_attempts`.
 *
 * @example
 * ```ts
 * if (url.pathname === '/co/authenticate') return handleCoAuthenticate(req, res, services);
 * ```
 */
export async function handleCoAuthenticate(
  req: IncomingMessage,
  res: ServerResponse,
  services: DevIdpServices,
): Promise<void> {
  const { directory, passwordLogin, tickets } = services;
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');

  if (req.method === 'OPTIONS') {
    // A preflight names no client: any application's origin may go on to the POST.
    if (anyClientAllows(directory, origin))
      allowOrigin(res, origin, { credentials: true, preflight: PREFLIGHT });
    endPreflight(res);
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST, OPTIONS');
    sendJson(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
    return;
  }

  const body = await readJsonObject(req);
  const client = directory.client(typeof body?.client_id === 'string' ? body.client_id : undefined);
  if (client !== undefined && origin !== undefined && client.webOrigins.includes(origin)) {
    allowOrigin(res, origin, { credentials: true });
  }
  if (body === undefined) {
    sendJson(res, 400, {
      error: 'invalid_request',
      error_description: 'Send a JSON object (Content-Type: application/json).',
    });
    return;
  }
  if (client === undefined) {
    sendJson(res, 401, { error: 'unauthorized_client', error_description: 'Unknown client_id.' });
    return;
  }
  if (origin === undefined || !client.webOrigins.includes(origin)) {
    sendJson(res, 403, {
      error: 'access_denied',
      error_description: `Origin ${origin ?? '(none)'} is not an allowed web origin of ${client.clientId}.`,
    });
    return;
  }
  const { username, password, realm, credential_type: credentialType } = body;
  if (credentialType !== PASSWORD_REALM) {
    sendJson(res, 400, {
      error: 'unsupported_credential_type',
      error_description: `credential_type must be ${PASSWORD_REALM}.`,
    });
    return;
  }
  if (
    typeof username !== 'string' ||
    typeof password !== 'string' ||
    username === '' ||
    password === ''
  ) {
    sendJson(res, 400, {
      error: 'invalid_request',
      error_description: 'username and password are required.',
    });
    return;
  }
  const connection =
    realm === undefined
      ? directory.defaultDatabaseConnection(client)
      : typeof realm === 'string'
        ? directory.enabledConnection(client, realm)
        : undefined;
  if (connection?.type !== 'database') {
    sendJson(res, 400, {
      error: 'invalid_request',
      error_description: `realm must name a database connection enabled for ${client.clientId}.`,
    });
    return;
  }

  const result = await passwordLogin.authenticate({
    connection,
    email: username,
    password,
    ip: req.socket.remoteAddress ?? 'unknown',
  });
  if (!result.ok) {
    if (result.error === 'too-many-attempts') {
      sendJson(res, 429, {
        error: 'too_many_attempts',
        error_description:
          'Your account has been blocked after multiple consecutive login attempts.',
      });
    } else {
      sendJson(res, 403, { error: 'access_denied', error_description: 'Wrong email or password.' });
    }
    return;
  }
  sendJson(res, 200, {
    login_ticket: tickets.issue(client.clientId, result.user.id),
    co_verifier: randomBytes(24).toString('base64url'),
    co_id: randomBytes(12).toString('base64url'),
  });
}

async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return undefined;
  const text = await readBody(req);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
