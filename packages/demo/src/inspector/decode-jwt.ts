/**
 * The two readable parts of a JWT. `null` parts did not decode as JSON objects.
 *
 * @example
 * ```ts
 * const parts: DecodedJwt = { header: { alg: 'RS256' }, payload: { sub: 'auth0|1' } };
 * ```
 */
export interface DecodedJwt {
  readonly header: Record<string, unknown> | null;
  readonly payload: Record<string, unknown> | null;
}

/**
 * Decodes a JWT's header and payload for display. It does not verify the
 * signature: the SPA shows what it received; your API must verify tokens.
 *
 * @example
 * ```ts
 * decodeJwt(claims.__raw).payload?.iss; // 'http://localhost:4000/'
 * ```
 */
export function decodeJwt(token: string): DecodedJwt {
  const [header = '', payload = ''] = token.split('.');
  return { header: decodePart(header), payload: decodePart(payload) };
}

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const base64 = part.replace(/-/gu, '+').replace(/_/gu, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
