import { createLoginFlow } from '@tenantkit/core';
import type { Authenticator, LoginFlow, PasswordEntry, RealmResolver } from '@tenantkit/core';
import { useEffect, useRef, useState } from 'react';
import { readInitialEmail, type InitialEmailOptions } from './initial-email.js';

/**
 * The ports a login flow needs, when the hook creates the flow itself.
 *
 * @example
 * ```ts
 * const ports: LoginPorts = { resolveRealm, authenticator, initialEmail: loginHint };
 * ```
 */
export interface LoginPorts extends InitialEmailOptions {
  /** Finds how an email signs in (see `createDirectoryResolver`, `withRealmCache`). */
  readonly resolveRealm: RealmResolver;
  /** Signs the user in once the realm is known. */
  readonly authenticator: Authenticator;
  /** How long discovery may take before the user is offered the hosted login page. */
  readonly discoveryTimeoutMs?: number | undefined;
  /**
   * `'hosted-page'`: password users go straight to the hosted login page after
   * discovery (one submit, no password step). Default `'widget'`.
   */
  readonly passwordEntry?: PasswordEntry | undefined;
}

function create(ports: LoginPorts): LoginFlow {
  return createLoginFlow({ ...ports, initialEmail: readInitialEmail(ports) });
}

/**
 * Creates a login flow once per mount and destroys it on unmount. The ports
 * are read when the flow is created: later changes to them are ignored.
 * `null` ports (an external flow is used) create nothing.
 */
export function useOwnedLoginFlow(ports: LoginPorts | null): LoginFlow | null {
  const [flow, setFlow] = useState(() => ports && create(ports));
  const destroyed = useRef<LoginFlow | null>(null);
  useEffect(() => {
    if (!flow) return;
    // Strict Mode unmounts and mounts again with the same state: the flow it
    // destroyed cannot come back to life, so a fresh one replaces it.
    if (destroyed.current === flow) {
      setFlow(ports && create(ports));
      return;
    }
    return () => {
      flow.destroy();
      destroyed.current = flow;
    };
    // The ports are read once, with the flow they create: not a dependency.
  }, [flow]);
  return flow;
}
