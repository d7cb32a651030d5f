import { describe, expect, test } from 'vitest';
import { auth0BaseUrl } from './auth0-base-url.js';

describe('auth0BaseUrl', () => {
  test.each([
    ['tenant.auth0.com', 'https://tenant.auth0.com'],
    ['tenant.eu.auth0.com/', 'https://tenant.eu.auth0.com'],
    ['https://login.example.com', 'https://login.example.com'],
    ['http://localhost:4000', 'http://localhost:4000'],
    ['http://localhost:4000/', 'http://localhost:4000'],
    [' HTTP://LOCALHOST:4000 ', 'http://localhost:4000'],
  ])('%j becomes %j', (domain, base) => {
    expect(auth0BaseUrl(domain)).toBe(base);
  });

  test.each([
    undefined,
    '',
    '  ',
    42,
    'ftp://tenant.auth0.com',
    'https://user:pw@tenant.auth0.com',
    'tenant.auth0.com?x=1',
    'http://[bad',
  ])('refuses %j, naming the option', (domain) => {
    expect(() => auth0BaseUrl(domain, 'myDomain')).toThrow(/^myDomain must be an Auth0 domain/);
  });
});
