import { describe, expect, test } from 'vitest';
import { decodeJwt } from './decode-jwt.js';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeJwt', () => {
  test('reads the header and a payload with non-ASCII text', () => {
    const token = `${encode({ alg: 'RS256' })}.${encode({ name: 'Zoë 東京', org_id: 'org_1' })}.sig`;
    expect(decodeJwt(token)).toEqual({
      header: { alg: 'RS256' },
      payload: { name: 'Zoë 東京', org_id: 'org_1' },
    });
  });

  test('gives null for parts that are not JSON objects', () => {
    expect(decodeJwt(`${encode([1])}.not-base64!.x`)).toEqual({ header: null, payload: null });
    expect(decodeJwt('')).toEqual({ header: null, payload: null });
  });
});
