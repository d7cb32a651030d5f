import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseEmail } from '@tenantkit/core';
import type { Interaction, InteractionResults } from 'oidc-provider';
import { readForm, redirect, sendHtml } from '../http/responses.js';
import { INTERACTION_PATH } from '../oidc/create-provider.js';
import { loginPage } from '../pages/login-page.js';
import { messagePage } from '../pages/message-page.js';
import { ssoChooserPage, ssoPage } from '../pages/sso-page.js';
import type { Client, SsoConnection } from '../seed/seed.js';
import type { DevIdpServices } from './services.js';

interface Step {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly services: DevIdpServices;
  readonly interaction: Interaction;
  readonly client: Client;
  readonly base: string;
}

const WRONG_CREDENTIALS = 'Wrong email or password.';
const BLOCKED = 'Your account has been blocked after multiple consecutive login attempts.';

/**
 * The login pages oidc-provider sends the browser to (`/interaction/<uid>`):
 *
 * - `GET /interaction/<uid>` redeems a `login_ticket`, or routes the login: a
 *   requested `connection`, else the enterprise connection of the `login_hint`
 *   domain (a chooser when several claim it), else the hosted password page;
 * - `POST /interaction/<uid>/login` checks a password (an email on an SSO domain
 *   goes to its identity provider instead: no password is ever checked for it);
 * - `GET /interaction/<uid>/sso?connection=…` shows a simulated enterprise login,
 *   `POST /interaction/<uid>/sso` signs its chosen user in.
 *
 * @example
 * ```ts
 * if (url.pathname.startsWith('/interaction/')) return handleInteraction(req, res, url, services);
 * ```
 */
export async function handleInteraction(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  services: DevIdpServices,
): Promise<void> {
  const [uid = '', action = ''] = url.pathname.slice(INTERACTION_PATH.length).split('/');
  let interaction: Interaction;
  try {
    interaction = await services.provider.interactionDetails(req, res);
  } catch {
    interaction = { uid: '', prompt: { name: '', reasons: [] }, params: {} };
  }
  const client = services.directory.client(interaction.params.client_id);
  if (interaction.uid !== uid || interaction.prompt.name !== 'login' || client === undefined) {
    sendHtml(
      res,
      400,
      messagePage(
        'Sign-in expired',
        'This sign-in has expired or is already complete. Go back to the application and sign in again.',
      ),
    );
    return;
  }
  const step: Step = { req, res, services, interaction, client, base: `${INTERACTION_PATH}${uid}` };
  const route = `${req.method ?? 'GET'} ${action}`;
  switch (route) {
    case 'GET ':
      return start(step);
    case 'GET sso':
      return showSso(
        step,
        url.searchParams.get('connection') ?? '',
        url.searchParams.get('email') ?? '',
      );
    case 'POST login':
      return submitPassword(step);
    case 'POST sso':
      return submitSso(step);
    default:
      sendHtml(res, 404, messagePage('Not found', 'There is no such page.'));
  }
}

function finish(step: Step, result: InteractionResults): Promise<void> {
  return step.services.provider.interactionFinished(step.req, step.res, result, {
    mergeWithLastSubmission: false,
  });
}

function start(step: Step): Promise<void> | void {
  const { services, interaction, client } = step;
  const { directory, tickets } = services;
  const {
    login_ticket: ticket,
    connection,
    login_hint: loginHint,
    organization,
    invitation,
  } = interaction.params;

  if (ticket !== undefined) {
    const accountId = tickets.redeem(ticket, client.clientId);
    return finish(
      step,
      accountId === undefined
        ? {
            error: 'access_denied',
            error_description: 'The login ticket is invalid, expired or already used.',
          }
        : { login: { accountId, amr: ['pwd'] } },
    );
  }
  if (connection !== undefined) {
    const requested = directory.enabledConnection(client, connection);
    if (requested === undefined) {
      return finish(step, {
        error: 'invalid_request',
        error_description: `the connection ${connection} is not enabled for this application`,
      });
    }
    return requested.type === 'sso'
      ? showSso(step, requested.name, loginHint ?? '')
      : showLogin(step, loginHint ?? '');
  }

  const org = organization === undefined ? undefined : directory.organization(organization);
  const hint =
    loginHint ??
    (org !== undefined && invitation !== undefined
      ? directory.invitationEmail(org, invitation)
      : undefined) ??
    '';
  const parsed = parseEmail(hint);
  if (parsed.ok) {
    const sso = directory.ssoConnectionsFor(parsed.domain, client);
    if (sso.length > 0) return routeToSso(step, sso, parsed.domain, hint);
  }
  return showLogin(step, hint);
}

function showLogin(step: Step, email: string, error?: { status: number; message: string }): void {
  const connection = databaseConnection(step);
  if (connection === undefined) {
    sendHtml(
      step.res,
      400,
      messagePage(
        'No password sign-in',
        'This application has no database connection: sign in with its enterprise connection.',
      ),
    );
    return;
  }
  sendHtml(
    step.res,
    error?.status ?? 200,
    loginPage({
      action: `${step.base}/login`,
      clientName: step.client.name,
      connection: connection.name,
      email,
      ...(error === undefined ? {} : { error: error.message }),
    }),
  );
}

function databaseConnection(step: Step) {
  const { directory } = step.services;
  const requested = step.interaction.params.connection;
  const connection =
    requested === undefined
      ? directory.defaultDatabaseConnection(step.client)
      : directory.enabledConnection(step.client, requested);
  return connection?.type === 'database' ? connection : undefined;
}

function routeToSso(
  step: Step,
  connections: readonly SsoConnection[],
  domain: string,
  email: string,
): void {
  const [only] = connections;
  if (connections.length === 1 && only !== undefined) {
    redirect(step.res, ssoHref(step, only, email));
    return;
  }
  sendHtml(
    step.res,
    200,
    ssoChooserPage({
      domain,
      choices: connections.map((connection) => ({
        displayName: connection.displayName,
        href: ssoHref(step, connection, email),
      })),
    }),
  );
}

function ssoHref(step: Step, connection: SsoConnection, email: string): string {
  const query = new URLSearchParams({
    connection: connection.name,
    ...(email === '' ? {} : { email }),
  });
  return `${step.base}/sso?${query.toString()}`;
}

function showSso(step: Step, name: string, email: string, error?: string): void {
  const connection = step.services.directory.enabledConnection(step.client, name);
  if (connection?.type !== 'sso') {
    sendHtml(
      step.res,
      400,
      messagePage('Unknown connection', 'This application has no such enterprise connection.'),
    );
    return;
  }
  sendHtml(
    step.res,
    error === undefined ? 200 : 400,
    ssoPage({
      action: `${step.base}/sso`,
      connection: connection.name,
      displayName: connection.displayName,
      domains: connection.domains,
      users: step.services.directory
        .usersOf(connection)
        .map(({ email: address, name: userName }) => ({
          email: address,
          name: userName,
        })),
      email,
      ...(error === undefined ? {} : { error }),
    }),
  );
}

async function submitPassword(step: Step): Promise<void> {
  const form = await readForm(step.req);
  const email = form?.get('email')?.trim() ?? '';
  const password = form?.get('password') ?? '';
  const parsed = parseEmail(email);
  if (parsed.ok) {
    // An SSO user never signs in with a password: send them to their identity provider.
    const sso = step.services.directory.ssoConnectionsFor(parsed.domain, step.client);
    if (sso.length > 0) {
      routeToSso(step, sso, parsed.domain, parsed.email);
      return;
    }
  }
  const connection = databaseConnection(step);
  if (connection === undefined || email === '' || password === '') {
    showLogin(step, email, { status: 400, message: 'Enter your email and password.' });
    return;
  }
  const result = await step.services.passwordLogin.authenticate({
    connection,
    email,
    password,
    ip: step.req.socket.remoteAddress ?? 'unknown',
  });
  if (result.ok) {
    await finish(step, { login: { accountId: result.user.id, amr: ['pwd'] } });
    return;
  }
  showLogin(
    step,
    email,
    result.error === 'too-many-attempts'
      ? { status: 429, message: BLOCKED }
      : { status: 403, message: WRONG_CREDENTIALS },
  );
}

async function submitSso(step: Step): Promise<void> {
  const form = await readForm(step.req);
  const name = form?.get('connection') ?? '';
  const email = form?.get('email')?.trim() ?? '';
  const connection = step.services.directory.enabledConnection(step.client, name);
  if (connection?.type !== 'sso') {
    showSso(step, name, email);
    return;
  }
  const parsed = parseEmail(email);
  const user = parsed.ok
    ? step.services.directory.provisionSsoUser(connection, parsed.email, parsed.domain)
    : undefined;
  if (user === undefined) {
    showSso(
      step,
      name,
      email,
      `Only ${connection.domains.join(', ')} users sign in with ${connection.displayName}.`,
    );
    return;
  }
  await finish(step, { login: { accountId: user.id, amr: ['fed'] } });
}
