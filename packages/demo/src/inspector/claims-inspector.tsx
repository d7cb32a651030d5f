import { useAuth0 } from '@auth0/auth0-react';
import { useActiveTenant, useTenants } from '@tenantkit/react';
import { useEffect, useState } from 'react';
import { type DecodedJwt, decodeJwt } from './decode-jwt.js';

// A user in 1,000 tenants would make a table nobody reads.
const MAX_ROWS = 50;

/**
 * The claims inspector: the tenants as `readTenants` read them from the ID
 * token, and the token itself, decoded (header and payload).
 *
 * @example
 * ```tsx
 * <ClaimsInspector />
 * ```
 */
export function ClaimsInspector() {
  const { getIdTokenClaims, user } = useAuth0();
  const tenants = useTenants();
  const active = useActiveTenant();
  const [token, setToken] = useState<DecodedJwt | null>(null);
  useEffect(() => {
    let current = true;
    getIdTokenClaims().then(
      (claims) => {
        if (current) setToken(claims?.__raw === undefined ? null : decodeJwt(claims.__raw));
      },
      () => {
        if (current) setToken(null);
      },
    );
    return () => {
      current = false;
    };
  }, [getIdTokenClaims, user]);

  return (
    <section className="demo-section demo-inspector" aria-labelledby="inspector-title">
      <h1 id="inspector-title">Claims inspector</h1>
      <p className="demo-muted">
        Tenants, roles and channels come from the ID token only, never from the email domain. The
        gates on the right are computed from them.
      </p>
      <h2>Tenants in the token ({tenants.length.toLocaleString('en')})</h2>
      <div className="demo-table-scroll">
        <table className="demo-table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Channels</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {tenants.slice(0, MAX_ROWS).map((tenant) => (
              <tr key={tenant.id} aria-current={tenant.id === active?.id ? 'true' : undefined}>
                <td>
                  <code>{tenant.id}</code>
                </td>
                <td>
                  <bdi>{tenant.name}</bdi>
                </td>
                <td>{tenant.role ?? '—'}</td>
                <td>{tenant.channels.length === 0 ? '—' : tenant.channels.join(', ')}</td>
                <td>{tenant.orgId === undefined ? tenant.kind : `organization ${tenant.orgId}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tenants.length > MAX_ROWS && (
        <p className="demo-muted">and {(tenants.length - MAX_ROWS).toLocaleString('en')} more.</p>
      )}
      <h2>ID token</h2>
      <p className="demo-muted">
        Decoded, not verified: the browser only reads it. Your API verifies the tokens it receives.
      </p>
      <h3>Header</h3>
      <pre className="demo-json" data-testid="id-token-header" tabIndex={0}>
        {token === null ? '…' : JSON.stringify(token.header, null, 2)}
      </pre>
      <h3>Payload</h3>
      <pre className="demo-json" data-testid="id-token-payload" tabIndex={0}>
        {token === null ? '…' : JSON.stringify(token.payload, null, 2)}
      </pre>
    </section>
  );
}
