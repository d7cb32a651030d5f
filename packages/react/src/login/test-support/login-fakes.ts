import type {
  Authenticator,
  HostedLoginRequest,
  PasswordLoginRequest,
  Realm,
  RealmResolver,
  SsoLoginRequest,
} from '@tenantkit/core';
import axe from 'axe-core';
import { act } from '@testing-library/react';
import { expect } from 'vitest';

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

export interface Lookup extends Deferred<Realm> {
  readonly email: string;
  readonly signal: AbortSignal | undefined;
}

export type SignIn =
  | ({ readonly method: 'password'; readonly request: PasswordLoginRequest } & Deferred<undefined>)
  | ({ readonly method: 'sso'; readonly request: SsoLoginRequest } & Deferred<undefined>)
  | ({ readonly method: 'hosted'; readonly request: HostedLoginRequest } & Deferred<undefined>);

/** A resolver and an authenticator whose every call waits for the test to answer it. */
export function fakePorts() {
  const lookups: Lookup[] = [];
  const signIns: SignIn[] = [];
  const resolveRealm: RealmResolver = (email, options) => {
    const answer = deferred<Realm>();
    lookups.push({ email, signal: options?.signal, ...answer });
    return answer.promise;
  };
  const authenticator: Authenticator = {
    loginWithPassword(request) {
      const answer = deferred<undefined>();
      signIns.push({ method: 'password', request, ...answer });
      return answer.promise;
    },
    loginWithSso(request) {
      const answer = deferred<undefined>();
      signIns.push({ method: 'sso', request, ...answer });
      return answer.promise;
    },
    loginWithHostedPage(request) {
      const answer = deferred<undefined>();
      signIns.push({ method: 'hosted', request, ...answer });
      return answer.promise;
    },
  };
  /** Answers lookup `index` with a realm (or rejects it with an error) and lets React render the outcome. */
  async function answerLookup(index: number, realm: Realm | Error) {
    // user-event fires `change` when a typed field loses focus, through its own
    // act(); were that blur caused by the widget moving focus while React
    // flushes effects, React would warn about nested act scopes. Blur first.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement) act(() => active.blur());
    await act(async () => {
      const lookup = at(lookups, index);
      if (realm instanceof Error) lookup.reject(realm);
      else lookup.resolve(realm);
      await Promise.resolve();
    });
  }
  async function answerSignIn(index: number, error?: unknown) {
    await act(async () => {
      const call = at(signIns, index);
      if (error === undefined) call.resolve(undefined);
      else call.reject(error);
      await Promise.resolve();
    });
  }
  return { resolveRealm, authenticator, lookups, signIns, answerLookup, answerSignIn };
}

function at<T>(list: readonly T[], index: number): T {
  const found = list[index];
  if (found === undefined) throw new Error(`no call #${index} yet`);
  return found;
}

export const passwordRealm: Realm = {
  kind: 'password',
  domain: 'example.com',
  connection: 'Username-Password-Authentication',
};

export const acmeRealm: Realm = {
  kind: 'sso',
  domain: 'acme.test',
  connection: 'acme-okta',
  displayName: 'Acme Okta',
  connections: [{ name: 'acme-okta', displayName: 'Acme Okta' }],
};

export const sharedRealm: Realm = {
  kind: 'sso',
  domain: 'acme.test',
  connection: 'acme-okta',
  displayName: 'Acme Okta',
  connections: [
    { name: 'acme-okta', displayName: 'Acme Okta' },
    { name: 'acme-azure', displayName: 'Acme Azure' },
  ],
};

/** Runs axe on `container` and expects no violations (contrast and landmarks cannot be judged in jsdom). */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
    ),
  ).toEqual([]);
}
