import { type AccessCheck, can, hasChannel, hasRole, type Tenant } from '@tenantkit/core';
import { channels } from '../chat/channels.js';
import { demoPolicy, type DemoPermission } from './demo-policy.js';

/**
 * One thing the demo shows or hides with `<Can>`, as the claims inspector lists it.
 *
 * @example
 * ```ts
 * const gate: Gate = { id: 'team-settings', label: 'Team settings', check: { role: 'admin' } };
 * ```
 */
export interface Gate {
  readonly id: string;
  readonly label: string;
  readonly check: AccessCheck<DemoPermission>;
}

/**
 * The checks of the demo's `<Can>` elements, by name; the claims inspector
 * explains the very same objects.
 *
 * @example
 * ```tsx
 * <Can {...checks.teamSettings} fallback={<Denied />}>…</Can>
 * ```
 */
export const checks = {
  teamSettings: { role: 'admin' },
  invite: { permission: 'members:invite' },
  write: { permission: 'messages:write' },
} as const satisfies Record<string, AccessCheck<DemoPermission>>;

/**
 * Every gate of the demo: the named checks, then one per channel.
 *
 * @example
 * ```ts
 * gates.map((gate) => explainGate(tenant, gate.check));
 * ```
 */
export const gates: readonly Gate[] = [
  { id: 'team-settings', label: 'Team settings', check: checks.teamSettings },
  { id: 'invite', label: 'Invite people', check: checks.invite },
  { id: 'write', label: 'Write messages', check: checks.write },
  ...channels.map((channel) => ({
    id: `channel:${channel.id}`,
    label: `#${channel.id}`,
    check: { channel: channel.id },
  })),
];

/**
 * A gate's verdict for a tenant and the reason for each part of its check.
 *
 * @example
 * ```ts
 * const verdict: GateVerdict = { allowed: false, reasons: ['role “employee”; needs admin'] };
 * ```
 */
export interface GateVerdict {
  readonly allowed: boolean;
  readonly reasons: readonly string[];
}

/**
 * Whether the tenant passes the check, computed by `can` from
 * `@tenantkit/core` (what `<Can>` runs), and why, in words.
 *
 * @example
 * ```ts
 * explainGate(team2, { role: 'admin' }); // { allowed: false, reasons: ['role “employee”; needs admin'] }
 * ```
 */
export function explainGate(
  tenant: Tenant | null,
  check: AccessCheck<DemoPermission>,
): GateVerdict {
  if (tenant === null) return { allowed: false, reasons: ['no active tenant'] };
  const reasons: string[] = [];
  const role = tenant.role === null ? 'no role' : `role “${tenant.role}”`;
  if (check.role !== undefined) {
    const needed = typeof check.role === 'string' ? check.role : check.role.join(' or ');
    reasons.push(hasRole(tenant, check.role) ? role : `${role}; needs ${needed}`);
  }
  if (check.channel !== undefined) {
    reasons.push(channelReason(tenant, check.channel));
  }
  if (check.permission !== undefined) {
    reasons.push(
      demoPolicy.allows(tenant, check.permission)
        ? `${role} grants ${check.permission}`
        : `${role} does not grant ${check.permission}`,
    );
  }
  return { allowed: can(tenant, check, demoPolicy), reasons };
}

function channelReason(tenant: Tenant, channel: string): string {
  if (tenant.channels.includes('*')) return 'channels “*”: every channel';
  if (tenant.channels.length === 0) return 'no channels in this tenant';
  const granted = tenant.channels.join(', ');
  return hasChannel(tenant, channel)
    ? `channels ${granted}`
    : `channels ${granted}; not ${channel}`;
}
