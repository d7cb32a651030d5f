import { describe, expect, test } from 'vitest';
import { defaultSettings, readSettings } from './demo-settings.js';

describe('readSettings', () => {
  test('URL parameters win over the stored settings, one setting at a time', () => {
    const stored = JSON.stringify({ tenantMode: 'organizations', discovery: 'directory' });
    expect(readSettings(new URLSearchParams('discovery=client-info'), stored)).toEqual({
      tenantMode: 'organizations',
      passwordMode: 'embedded',
      discovery: 'client-info',
      organization: null,
    });
  });

  test('values that are not choices fall back, whatever their type', () => {
    const stored = JSON.stringify({
      tenantMode: ['claims'],
      passwordMode: 'EMBEDDED',
      organization: 7,
    });
    expect(readSettings(new URLSearchParams('discovery=ldap&tenants='), stored)).toEqual(
      defaultSettings,
    );
    expect(readSettings(new URLSearchParams(), '{not json')).toEqual(defaultSettings);
    expect(readSettings(new URLSearchParams(), 'null')).toEqual(defaultSettings);
  });

  test('an organization must look like an Auth0 organization id', () => {
    expect(readSettings(new URLSearchParams('organization=org_company1'), null).organization).toBe(
      'org_company1',
    );
    expect(
      readSettings(new URLSearchParams('organization=org_x%26invitation%3D1'), null).organization,
    ).toBeNull();
  });
});
