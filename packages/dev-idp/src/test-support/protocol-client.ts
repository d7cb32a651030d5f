import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from 'node:crypto';
import type { DevIdp } from '../start-dev-idp.js';

/** The demo application of the default seed. */
export const APP = 'http://localhost:5173';
export const CLIENT_ID = 'tenantkit-demo';
export const REDIRECT_URI = `${APP}/`;
export const PASSWORD = 'Password123!';
export const TENANTS_CLAIM = 'https://tenantkit.dev/tenants';

/** One step of a navigation: the last response, where it came from, and where it points when it leaves the identity provider. */
export interface Step {
  readonly response: Response;
  readonly url: string;
  /** Set when the identity provider redirects elsewhere (back to the application). */
  readonly location?: string;
}

/**
 * A browser stand-in over fetch: a cookie jar (by name; attributes ignored) and
 * manual redirects, followed while they stay on the identity provider.
 */
export interface TestBrowser {
  request(url: string, init?: RequestInit): Promise<Response>;
  navigate(url: string, init?: RequestInit): Promise<Step>;
  /** Posts a form to a path relative to the current page. */
  submit(pageUrl: string, path: string, fields: Record<string, string>): Promise<Step>;
}

export function createBrowser(idp: DevIdp): TestBrowser {
  const cookies = new Map<string, string>();
  const origin = new URL(idp.url).origin;

  const request = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0)
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired =
        /expires=Thu, 01 Jan 1970/iu.test(line) || /max-age=0/iu.test(line) || value === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };

  const navigate = async (url: string, init?: RequestInit): Promise<Step> => {
    let current = url;
    let response = await request(current, init);
    for (;;) {
      if (response.status === 302 || response.status === 303) {
        const next = new URL(response.headers.get('location') ?? '', current).href;
        if (new URL(next).origin !== origin) return { response, url: current, location: next };
        current = next;
        response = await request(current);
        continue;
      }
      // Pages that submit a form by script (logout, switching users) submit here too.
      const form =
        response.status === 200 ? autoSubmittedForm(await response.clone().text()) : undefined;
      if (form === undefined) return { response, url: current };
      current = new URL(form.action, current).href;
      response = await request(current, { method: 'POST', body: form.fields });
    }
  };

  return {
    request,
    navigate,
    submit: (pageUrl, path, fields) =>
      navigate(new URL(path, pageUrl).href, { method: 'POST', body: new URLSearchParams(fields) }),
  };
}

function autoSubmittedForm(html: string): { action: string; fields: URLSearchParams } | undefined {
  if (!/<script>[^<]*\.submit\(\)/u.test(html)) return undefined;
  const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/u.exec(html)?.[1];
  if (action === undefined) return undefined;
  const fields = new URLSearchParams();
  for (const [, name = '', value = ''] of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)"/gu,
  )) {
    fields.set(name, value);
  }
  return { action: action.replaceAll('&amp;', '&'), fields };
}

export interface Pkce {
  readonly verifier: string;
  readonly challenge: string;
}

export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The `/authorize` URL auth0-spa-js builds, with overrides. */
export function authorizeUrl(
  idp: DevIdp,
  pkce: Pkce | undefined,
  params: Record<string, string> = {},
): string {
  const url = new URL('/authorize', idp.url);
  const query = {
    client_id: CLIENT_ID,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile email offline_access',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...(pkce === undefined
      ? {}
      : { code_challenge: pkce.challenge, code_challenge_method: 'S256' }),
    ...params,
  };
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.href;
}

/** The authorization response's parameters, from the redirect back to the application. */
export function callbackParams(step: Step): URLSearchParams {
  if (step.location === undefined) {
    throw new Error(
      `expected a redirect to the application, got ${step.response.status} at ${step.url}`,
    );
  }
  return new URL(step.location).searchParams;
}

export interface TokenResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

export async function tokenRequest(
  idp: DevIdp,
  fields: Record<string, string>,
): Promise<TokenResponse> {
  const response = await fetch(new URL('/oauth/token', idp.url), {
    method: 'POST',
    headers: { origin: APP, 'auth0-client': 'dGVzdA' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...fields }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

export function exchangeCode(idp: DevIdp, code: string, pkce: Pkce): Promise<TokenResponse> {
  return tokenRequest(idp, {
    grant_type: 'authorization_code',
    code,
    code_verifier: pkce.verifier,
    redirect_uri: REDIRECT_URI,
  });
}

/** Signs in with a password on the hosted page and returns the code exchange's tokens. */
export async function passwordLogin(
  idp: DevIdp,
  browser: TestBrowser,
  email: string,
  params: Record<string, string> = {},
  password = PASSWORD,
): Promise<TokenResponse> {
  const pkce = createPkce();
  const page = await browser.navigate(authorizeUrl(idp, pkce, params));
  const done = await browser.submit(page.url, `${new URL(page.url).pathname}/login`, {
    email,
    password,
  });
  const code = callbackParams(done).get('code');
  if (code === null) throw new Error(`no code: ${callbackParams(done).toString()}`);
  return exchangeCode(idp, code, pkce);
}

/** Decodes a JWT's payload, after checking its RS256 signature against the provider's JWKS. */
export async function verifiedClaims(
  idp: DevIdp,
  token: unknown,
): Promise<Record<string, unknown>> {
  if (typeof token !== 'string') throw new Error('not a token');
  const [header = '', payload = '', signature = ''] = token.split('.');
  const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
    alg: string;
    kid: string;
  };
  if (alg !== 'RS256') throw new Error(`alg ${alg}`);
  const jwks = (await (await fetch(new URL('/.well-known/jwks.json', idp.url))).json()) as {
    keys: JsonWebKey[];
  };
  const jwk = jwks.keys.find((key) => key.kid === kid);
  if (jwk === undefined) throw new Error('unknown kid');
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('bad signature');
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

/** The text of a page, for assertions on what the user sees. */
export async function pageText(step: Step): Promise<string> {
  return step.response.text();
}
