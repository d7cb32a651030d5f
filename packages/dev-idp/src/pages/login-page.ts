import { html, type SafeHtml } from './html.js';
import { layout } from './layout.js';

/**
 * The hosted login page (Universal Login): email and password, posted to the
 * interaction. The password is only ever sent in a POST body.
 *
 * @example
 * ```ts
 * const page = loginPage({ action: '/interaction/abc/login', clientName: 'Demo', connection: 'users', email: '' });
 * ```
 */
export function loginPage(options: {
  readonly action: string;
  readonly clientName: string;
  readonly connection: string;
  readonly email: string;
  readonly error?: string;
}): SafeHtml {
  const { action, clientName, connection, email, error } = options;
  return layout(
    'Sign in',
    html`<h1>Sign in</h1>
      <p class="muted">
        to ${clientName}, with the database connection <strong>${connection}</strong>
      </p>
      ${error === undefined ? html`` : html`<p class="error" role="alert">${error}</p>`}
      <form method="post" action="${action}">
        <label for="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value="${email}"
          ${email === '' ? html` autofocus` : html``}
        />
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required${email === '' ? html`` : html` autofocus`}
        />
        <button type="submit">Continue</button>
      </form>`,
  );
}
