import type { LoginState, PasswordState, SsoState, UnknownState } from '@tenantkit/core';

// Every state a designer reviews, named once: the state stories and the
// "All states" overview render the same objects.

const passwordStep: PasswordState = {
  step: 'password',
  email: 'employee@example.com',
  domain: 'example.com',
  connection: 'tenantkit-users',
  error: null,
};

const ssoStep: SsoState = {
  step: 'sso',
  email: 'ana@acme.test',
  domain: 'acme.test',
  connections: [{ name: 'acme-okta', displayName: 'Acme Okta' }],
  error: null,
};

const ssoChoiceStep: SsoState = {
  step: 'sso',
  email: 'ines@initech.test',
  domain: 'initech.test',
  connections: [
    { name: 'initech-azure-ad', displayName: 'Initech Azure AD' },
    { name: 'initech-okta', displayName: 'Initech Okta' },
  ],
  error: null,
};

const unknownStep: UnknownState = {
  step: 'unknown',
  email: 'sam@example.org',
  domain: 'example.org',
  reason: 'timeout',
  error: null,
};

// 63-character labels, the longest DNS allows: the layout must wrap, never overflow.
const longDomain =
  'engineering-and-research-department-of-a-very-large-corporation.' +
  'subsidiary-with-an-unusually-long-registered-name-international.example';

export const loginStates = {
  email: { step: 'email', input: '', error: null },
  emailTyped: { step: 'email', input: 'employee@example.com', error: null },
  emailRequired: { step: 'email', input: '', error: 'empty' },
  emailFormat: { step: 'email', input: 'employee.example.com', error: 'missing-at' },
  emailSpaces: { step: 'email', input: 'employee @example.com', error: 'whitespace' },
  emailTooLong: {
    step: 'email',
    input: `${'a'.repeat(65)}@example.com`,
    error: 'local-part-too-long',
  },
  emailDomain: { step: 'email', input: 'employee@example', error: 'single-label-domain' },
  checking: {
    step: 'discovering',
    input: 'ana@acme.test',
    email: 'ana@acme.test',
    domain: 'acme.test',
  },
  password: passwordStep,
  passwordRequired: { ...passwordStep, error: 'password-required' },
  wrongPassword: { ...passwordStep, error: 'invalid-credentials' },
  tooManyAttempts: { ...passwordStep, error: 'too-many-attempts' },
  networkError: { ...passwordStep, error: 'network' },
  misconfigured: { ...passwordStep, error: 'misconfigured' },
  unexpected: { ...passwordStep, error: 'unexpected' },
  signingIn: {
    step: 'submitting',
    method: 'password',
    email: passwordStep.email,
    domain: passwordStep.domain,
    connection: passwordStep.connection,
    from: passwordStep,
  },
  sso: ssoStep,
  ssoChoice: ssoChoiceStep,
  ssoChoiceRequired: { ...ssoChoiceStep, error: 'connection-required' },
  ssoIdentityProviderPicks: { ...ssoStep, connections: [] },
  ssoRedirectFailed: { ...ssoStep, error: 'redirect-failed' },
  unknown: unknownStep,
  unknownNetworkError: { ...unknownStep, error: 'network' },
  // passwordEntry: 'hosted-page': a password user goes from discovery straight to the hosted page.
  hostedRedirect: {
    step: 'submitting',
    method: 'hosted',
    email: passwordStep.email,
    domain: passwordStep.domain,
    connection: passwordStep.connection,
    from: { step: 'email', input: passwordStep.email, error: null },
  },
  hostedRedirectFailed: { step: 'email', input: passwordStep.email, error: 'redirect-failed' },
  redirecting: {
    step: 'redirecting',
    method: 'sso',
    email: ssoStep.email,
    domain: ssoStep.domain,
    connection: 'acme-okta',
  },
  longDomainSso: {
    ...ssoStep,
    email: `ana@${longDomain}`,
    domain: longDomain,
    connections: [{ name: 'long-saml', displayName: 'Very Large Corporation Single Sign-On' }],
  },
  longDomainPassword: {
    ...passwordStep,
    email: `a.very.long.local.part.for.layout.tests@${longDomain}`,
    domain: longDomain,
  },
} satisfies Record<string, LoginState>;

/** A name for each state in the overview, by key. */
export type LoginStateName = keyof typeof loginStates;
