import type { LoginErrorCode } from '@tenantkit/core';
import type { LoginMessages } from './messages/en.js';

type ErrorMessageKey = keyof LoginMessages & `error${string}`;

/**
 * The message each error code shows. Codes share a message where the user
 * should not learn more: a wrong password, an unknown user and a blocked
 * account all read "Wrong email or password".
 */
const keys: Readonly<Record<LoginErrorCode, ErrorMessageKey>> = {
  empty: 'errorEmailRequired',
  'not-a-string': 'errorEmailFormat',
  'forbidden-character': 'errorEmailFormat',
  'missing-at': 'errorEmailFormat',
  'multiple-at': 'errorEmailFormat',
  'lookalike-at': 'errorEmailFormat',
  'quoted-local-part': 'errorEmailFormat',
  comma: 'errorEmailFormat',
  'invalid-local-part': 'errorEmailFormat',
  whitespace: 'errorEmailSpaces',
  'too-long': 'errorEmailTooLong',
  'local-part-too-long': 'errorEmailTooLong',
  'address-too-long': 'errorEmailTooLong',
  'domain-too-long': 'errorEmailTooLong',
  'label-too-long': 'errorEmailTooLong',
  'ip-literal': 'errorEmailDomain',
  'invalid-domain': 'errorEmailDomain',
  'single-label-domain': 'errorEmailDomain',
  'empty-label': 'errorEmailDomain',
  'trailing-dot': 'errorEmailDomain',
  'hyphen-at-label-edge': 'errorEmailDomain',
  'numeric-top-level-domain': 'errorEmailDomain',
  'password-required': 'errorPasswordRequired',
  'invalid-credentials': 'errorCredentials',
  'too-many-attempts': 'errorTooManyAttempts',
  network: 'errorNetwork',
  misconfigured: 'errorMisconfigured',
  'redirect-failed': 'errorUnexpected',
  unexpected: 'errorUnexpected',
  'connection-required': 'errorChooseProvider',
  'connection-not-offered': 'errorChooseProvider',
};

/**
 * The catalogue key of an error code's message. Unknown codes (from a newer
 * core) read as the generic "Something went wrong".
 */
export function errorMessageKey(code: LoginErrorCode): ErrorMessageKey {
  return Object.hasOwn(keys, code) ? keys[code] : 'errorUnexpected';
}
