import { readTenants, type Tenant, type TenantStorage } from '@tenantkit/core';

/** The claim the fixtures put tenants under. */
export const TENANTS_CLAIM = 'https://tenantkit.dev/tenants';

/** ID token claims of the seed user who switches between teams. */
export const employeeClaims = {
  sub: 'auth0|employee',
  email: 'employee@example.com',
  [TENANTS_CLAIM]: {
    'team-1': { role: 'admin', channels: ['*'] },
    'team-2': { role: 'employee', channels: ['channel-1', 'channel-2'] },
  },
};

/** ID token claims of the seed user with a personal account and two companies. */
export const userClaims = {
  sub: 'auth0|user',
  email: 'user@example.com',
  [TENANTS_CLAIM]: { personal: 'full', company1: 'user', company2: 'admin' },
};

export const employeeTenants: readonly Tenant[] = readTenants(employeeClaims, {
  claim: TENANTS_CLAIM,
});
export const userTenants: readonly Tenant[] = readTenants(userClaims, { claim: TENANTS_CLAIM });

/** `count` organizations named `Tenant 00001`… with varied roles and channels. */
export function manyTenants(count: number): Tenant[] {
  const roles = ['admin', 'member', 'viewer'] as const;
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(5, '0');
    return {
      id: `tenant-${number}`,
      name: `Tenant ${number}`,
      role: roles[index % roles.length] ?? null,
      channels: index % 2 === 0 ? ['*'] : ['channel-1'],
      kind: 'organization',
    };
  });
}

/** A `Storage`-like map that counts writes, for persistence tests. */
export function memoryStorage(initial: Record<string, string> = {}): TenantStorage & {
  readonly values: Map<string, string>;
} {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

/** Storage whose every call throws, as in some private modes. */
export const throwingStorage: TenantStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
};
