import type { LoginErrorCode } from '@tenantkit/core';
import type { LoginMessages } from './messages/en.js';

type ErrorMessageKey = keyof LoginMessages & `error${string}`;

/**
 * The error codes each message stands for. Codes share a message where the
 * user should not learn more: a wrong password, an unknown user and a blocked
 * account all read "Wrong email or password".
 */
const codesByKey = {
  errorEmailRequired: ['empty'],
  errorEmailFormat: [
    'not-a-string',
    'forbidden-character',
    'missing-at',
    'multiple-at',
    'lookalike-at',
    'quoted-local-part',
    'comma',
    'invalid-local-part',
  ],
  errorEmailSpaces: ['whitespace'],
  errorEmailTooLong: [
    'too-long',
    'local-part-too-long',
    'address-too-long',
    'domain-too-long',
    'label-too-long',
  ],
  errorEmailDomain: [
    'ip-literal',
    'invalid-domain',
    'single-label-domain',
    'empty-label',
    'trailing-dot',
    'hyphen-at-label-edge',
    'numeric-top-level-domain',
  ],
  errorPasswordRequired: ['password-required'],
  errorCredentials: ['invalid-credentials'],
  errorTooManyAttempts: ['too-many-attempts'],
  errorNetwork: ['network'],
  errorMisconfigured: ['misconfigured'],
  errorUnexpected: ['redirect-failed', 'unexpected'],
  errorChooseProvider: ['connection-required', 'connection-not-offered'],
} as const satisfies Record<ErrorMessageKey, readonly LoginErrorCode[]>;

// A code the core adds fails to compile here until it is given a message.
true satisfies [Exclude<LoginErrorCode, (typeof codesByKey)[ErrorMessageKey][number]>] extends [
  never,
]
  ? true
  : false;

/**
 * The catalogue key of an error code's message. Unknown codes (from a newer
 * core) read as the generic "Something went wrong".
 */
export function errorMessageKey(code: LoginErrorCode): ErrorMessageKey {
  for (const key of Object.keys(codesByKey) as ErrorMessageKey[]) {
    if ((codesByKey[key] as readonly string[]).includes(code)) return key;
  }
  return 'errorUnexpected';
}
