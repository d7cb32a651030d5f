import { createHash } from 'node:crypto';
import { readTenants } from '@tenantkit/core';
import { seedTenants } from '@tenantkit/react/testing';
import { expect, test } from 'vitest';
import { seedUsers } from './seed-users.js';

test('the seed users’ tokens hold the seed tenants', () => {
  expect(readTenants(seedUsers.employee)).toEqual(seedTenants.employee);
  expect(readTenants(seedUsers.user)).toEqual(seedTenants.user);
});

test('the seed users have the ids the dev identity provider gives them', () => {
  // Its database users are `auth0|` + the first 24 hex digits of sha256("<connection>\n<email>").
  const idOf = (email: string) =>
    `auth0|${createHash('sha256').update(`tenantkit-users\n${email}`).digest('hex').slice(0, 24)}`;
  expect(seedUsers.employee.sub).toBe(idOf('employee@example.com'));
  expect(seedUsers.user.sub).toBe(idOf('user@example.com'));
});
