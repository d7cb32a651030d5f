import type { AccessCheck } from '@tenantkit/core';
import { useActiveTenant } from '@tenantkit/react';
import type { DemoPermission } from './demo-policy.js';
import { explainGate } from './gates.js';

/**
 * What a `<Can>` shows instead of its content: what is denied, and why, from
 * the same check.
 *
 * @example
 * ```tsx
 * <Can {...checks.teamSettings} fallback={<Denied title="Admins only" check={checks.teamSettings} />}>…</Can>
 * ```
 */
export function Denied(props: {
  readonly title: string;
  readonly check: AccessCheck<DemoPermission>;
}) {
  const tenant = useActiveTenant();
  const { reasons } = explainGate(tenant, props.check);
  return (
    <div className="demo-denied" data-testid="denied">
      <h2>{props.title}</h2>
      <p>
        In <bdi>{tenant?.name ?? 'this tenant'}</bdi>: {reasons.join('; ')}.
      </p>
    </div>
  );
}
