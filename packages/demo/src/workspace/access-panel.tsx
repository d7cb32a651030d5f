import { useAuth0 } from '@auth0/auth0-react';
import type { Auth0TenantMode } from '@tenantkit/auth0';
import { useActiveTenant } from '@tenantkit/react';
import { explainGate, gates } from '../access/gates.js';

/**
 * The gates of the demo for the active tenant: which pass, and why (role,
 * channels, policy), so a switch visibly changes what the user may do.
 *
 * @example
 * ```tsx
 * <AccessPanel tenantMode="claims" />
 * ```
 */
export function AccessPanel({ tenantMode }: { readonly tenantMode: Auth0TenantMode }) {
  const tenant = useActiveTenant();
  const { user } = useAuth0();
  const orgId = typeof user?.org_id === 'string' ? user.org_id : null;
  return (
    <aside className="demo-access" aria-labelledby="access-title">
      <h2 id="access-title">
        Access in <bdi>{tenant?.name ?? '—'}</bdi>
      </h2>
      <dl className="demo-facts">
        <dt>Tenant id</dt>
        <dd>
          <code data-testid="active-tenant">{tenant?.id ?? 'none'}</code>
        </dd>
        <dt>Role</dt>
        <dd data-testid="active-role">{tenant?.role ?? 'none'}</dd>
        {tenantMode === 'organizations' && (
          <>
            <dt>Token org_id</dt>
            <dd>
              <code data-testid="token-org-id">{orgId ?? 'none'}</code>
            </dd>
          </>
        )}
      </dl>
      <ul className="demo-gates" aria-label="Gates">
        {gates.map((gate) => {
          const { allowed, reasons } = explainGate(tenant, gate.check);
          return (
            <li key={gate.id} data-gate={gate.id} data-allowed={allowed}>
              <span className="demo-gate-name">{gate.label}</span>
              <span className="demo-gate-verdict">{allowed ? 'allowed' : 'denied'}</span>
              <span className="demo-gate-reason">{reasons.join('; ')}</span>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
