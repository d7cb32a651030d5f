import { demoAccounts } from '../config/seed.js';

/**
 * The seed's demo accounts. Each email links to the page with `?login_hint=`,
 * which the widget reads to prefill the email.
 *
 * @example
 * ```tsx
 * <DemoAccounts />
 * ```
 */
export function DemoAccounts() {
  return (
    <section className="demo-card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Demo accounts</h2>
      <ul className="demo-accounts">
        {demoAccounts.map((account) => (
          <li key={account.email}>
            <a href={`/?login_hint=${encodeURIComponent(account.email)}`}>{account.email}</a>
            <span className="demo-account-secret">
              {account.password === null ? (
                'single sign-on'
              ) : (
                <>
                  password <code>{account.password}</code>
                </>
              )}
            </span>
            <span className="demo-muted">{account.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
