import { html, type SafeHtml } from './html.js';
import { layout } from './layout.js';

/**
 * The simulated enterprise login page of one SSO connection ("Acme Okta —
 * simulated"): pick one of the connection's users, or sign in as any address on
 * its domains (created on first sign-in, as Auth0 does). No password exists here.
 *
 * @example
 * ```ts
 * const page = ssoPage({ action: '/interaction/abc/sso', connection: 'acme-okta', displayName: 'Acme Okta', users: [], email: '' });
 * ```
 */
export function ssoPage(options: {
  readonly action: string;
  readonly connection: string;
  readonly displayName: string;
  readonly domains: readonly string[];
  readonly users: readonly { readonly email: string; readonly name: string }[];
  readonly email: string;
  readonly error?: string;
}): SafeHtml {
  const { action, connection, displayName, domains, users, email, error } = options;
  const choices = users.map(
    (user) =>
      html`<li>
        <button type="submit" name="email" value="${user.email}">
          ${user.name} (${user.email})
        </button>
      </li>`,
  );
  return layout(
    `${displayName} — simulated`,
    html`<h1>${displayName} — simulated</h1>
      <p class="muted">
        A stand-in for the enterprise identity provider of the connection
        <strong>${connection}</strong> (${domains.join(', ')}).
      </p>
      ${error === undefined ? html`` : html`<p class="error" role="alert">${error}</p>`}
      <form method="post" action="${action}">
        <input type="hidden" name="connection" value="${connection}" />
        ${
          users.length === 0
            ? html``
            : html`<p>Sign in as</p>
                <ul>
                  ${choices}
                </ul>`
        }
      </form>
      <form method="post" action="${action}">
        <input type="hidden" name="connection" value="${connection}" />
        <label for="email">Or another ${domains.join(' / ')} user</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value="${email}"
        />
        <button type="submit">Sign in with ${displayName}</button>
      </form>`,
  );
}

/**
 * The page for a domain that several SSO connections claim: one link each.
 *
 * @example
 * ```ts
 * const page = ssoChooserPage({ domain: 'initech.test', choices: [{ displayName: 'Initech Okta', href: '/interaction/abc/sso?connection=initech-okta' }] });
 * ```
 */
export function ssoChooserPage(options: {
  readonly domain: string;
  readonly choices: readonly { readonly displayName: string; readonly href: string }[];
}): SafeHtml {
  const links = options.choices.map(
    (choice) =>
      html`<li>
        <p><a href="${choice.href}">Continue with ${choice.displayName}</a></p>
      </li>`,
  );
  return layout(
    'Choose your identity provider',
    html`<h1>Choose your identity provider</h1>
      <p class="muted">Several enterprise connections sign in ${options.domain} users.</p>
      <ul>
        ${links}
      </ul>`,
  );
}
