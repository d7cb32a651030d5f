import type { OnExecutePostLogin } from '@tenantkit/auth0/action';
import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import type { Directory } from '../seed/directory.js';
import { requestedOrganizationId } from './authorization-params.js';
import { runPostLoginAction } from './post-login-runtime.js';

const { Check, Prompt } = interactionPolicy;

/**
 * oidc-provider's login and consent prompts, plus what Auth0 does on every
 * `/authorize`, with or without a session:
 *
 * - login is asked again for a `login_ticket` (a ticket switches users, like a
 *   new password sign-in; once redeemed it is not asked again), and when the
 *   session's user belongs to another connection than the `connection` requested;
 * - a last step checks that the user belongs to the requested organization
 *   (accepting a matching `invitation`), then runs the post-login Action. Either
 *   failing ends the request with `access_denied` at the application, as Auth0 does.
 *
 * @example
 * ```ts
 * new Provider(issuer, { interactions: { policy: createInteractionPolicy({ directory, action }) } });
 * ```
 */
export function createInteractionPolicy(options: {
  readonly directory: Directory;
  readonly action: OnExecutePostLogin;
}): interactionPolicy.Policy {
  const { directory, action } = options;
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  if (login === undefined) throw new Error('oidc-provider has no login prompt');

  login.checks.add(
    new Check(
      'login_ticket',
      'a login ticket is waiting to be redeemed',
      (ctx) => ctx.oidc.params.login_ticket !== undefined && ctx.oidc.result?.login === undefined,
    ),
  );
  login.checks.add(
    new Check('connection_mismatch', 'the session belongs to another connection', (ctx) => {
      const { connection } = ctx.oidc.params;
      const accountId = ctx.oidc.session?.accountId;
      if (
        connection === undefined ||
        accountId === undefined ||
        ctx.oidc.result?.login !== undefined
      ) {
        return false;
      }
      return directory.userById(accountId)?.connection.name !== connection;
    }),
  );

  const afterLogin = async (ctx: KoaContextWithOIDC): Promise<boolean> => {
    const accountId = ctx.oidc.session?.accountId;
    const client = directory.client(ctx.oidc.client?.clientId);
    if (accountId === undefined || client === undefined) return false;
    const user = directory.userById(accountId);
    if (user === undefined) throw new errors.AccessDenied('the signed-in user no longer exists');

    const organizationId = requestedOrganizationId(ctx.oidc.claims?.id_token);
    const organization =
      organizationId === undefined ? undefined : directory.organization(organizationId);
    if (organization !== undefined && !directory.isMember(organization, user)) {
      const { invitation } = ctx.oidc.params;
      if (invitation === undefined || !directory.acceptInvitation(organization, invitation, user)) {
        throw new errors.AccessDenied(
          `the user is not a member of the organization ${organization.id}`,
        );
      }
    }

    const outcome = await runPostLoginAction(action, {
      user,
      organization,
      client,
      protocol: 'oidc-basic-profile',
    });
    if (!outcome.ok) throw new errors.AccessDenied(outcome.reason);
    return false;
  };
  policy.add(
    new Prompt(
      { name: 'post_login' },
      new Check('post_login', 'the post-login step failed', afterLogin),
    ),
  );
  return policy;
}
