import type { AccessCheck, Policy } from '@tenantkit/core';
import type { ReactNode } from 'react';
import { usePermission } from './use-permission.js';

/**
 * Props of {@link Can}. Every condition given must hold.
 *
 * @example
 * ```tsx
 * const props: CanProps = { role: ['admin', 'owner'], channel: 'channel-1', fallback: null };
 * ```
 */
export interface CanProps<Permission extends string = string> {
  /** The active tenant's role must be this one, or one of these. */
  readonly role?: string | readonly string[];
  /** The active tenant must grant this channel (`'*'` grants all). */
  readonly channel?: string;
  /** The policy must grant the active role this permission. */
  readonly permission?: Permission;
  /** Overrides the provider's policy. */
  readonly policy?: Policy<Permission>;
  /** Rendered instead of `children` when the check fails; nothing by default. */
  readonly fallback?: ReactNode;
  readonly children?: ReactNode;
}

/**
 * Renders `children` only when the user passes the check in the active tenant,
 * else `fallback`. It hides, it does not protect: the server must check again.
 * A condition passed as `undefined` fails rather than being skipped.
 *
 * @example
 * ```tsx
 * <Can role="admin" channel="channel-1" fallback={<p>Ask an admin.</p>}>
 *   <InviteButton />
 * </Can>
 * ```
 */
export function Can<Permission extends string = string>(props: CanProps<Permission>) {
  const check: { -readonly [K in keyof AccessCheck<Permission>]: AccessCheck<Permission>[K] } = {};
  // Presence, not value, decides: `role={maybeRole}` with an undefined role denies.
  if (Object.hasOwn(props, 'role')) check.role = props.role as string;
  if (Object.hasOwn(props, 'channel')) check.channel = props.channel as string;
  if (Object.hasOwn(props, 'permission')) check.permission = props.permission as Permission;
  const allowed = usePermission<Permission>(check, props.policy);
  return <>{allowed ? props.children : (props.fallback ?? null)}</>;
}
