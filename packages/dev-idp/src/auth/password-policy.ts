import type { PasswordPolicy } from '../seed/seed.js';

const MIN_LENGTH: Readonly<Record<PasswordPolicy, number>> = {
  none: 1,
  low: 6,
  fair: 8,
  good: 8,
  excellent: 10,
};

const CHARACTER_CLASSES = [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^A-Za-z0-9]/u];

/**
 * Checks a password against one of Auth0's password policies, as Auth0 defines
 * them: `none` at least 1 character, `low` 6, `fair` 8 with a lowercase letter,
 * an uppercase letter and a digit, `good` 8 with three of lowercase, uppercase,
 * digits and symbols, `excellent` 10 like `good` and never 3 identical characters
 * in a row. `minLength` raises the minimum. Returns what is wrong, or `undefined`.
 *
 * @example
 * ```ts
 * passwordPolicyProblem('Password123!', 'good', undefined); // undefined
 * passwordPolicyProblem('short', 'low', undefined); // 'needs at least 6 characters'
 * ```
 */
export function passwordPolicyProblem(
  password: string,
  policy: PasswordPolicy,
  minLength: number | undefined,
): string | undefined {
  const required = Math.max(MIN_LENGTH[policy], minLength ?? 0);
  if (password.length < required) return `needs at least ${required} characters`;
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (
    policy === 'fair' &&
    !CHARACTER_CLASSES.slice(0, 3).every((pattern) => pattern.test(password))
  ) {
    return 'needs a lowercase letter, an uppercase letter and a digit';
  }
  if ((policy === 'good' || policy === 'excellent') && classes < 3) {
    return 'needs three of: lowercase letters, uppercase letters, digits, symbols';
  }
  if (policy === 'excellent' && /(.)\1\1/u.test(password)) {
    return 'must not repeat a character more than twice in a row';
  }
  return undefined;
}
