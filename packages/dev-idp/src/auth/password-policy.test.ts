import { describe, expect, test } from 'vitest';
import { passwordPolicyProblem } from './password-policy.js';

describe('passwordPolicyProblem', () => {
  test.each([
    ['a', 'none', undefined, undefined],
    ['abcde', 'low', undefined, 'needs at least 6 characters'],
    ['abcdef', 'low', undefined, undefined],
    ['abcdefgh', 'fair', undefined, 'needs a lowercase letter, an uppercase letter and a digit'],
    ['Abcdefg1', 'fair', undefined, undefined],
    [
      'abcdefg!',
      'good',
      undefined,
      'needs three of: lowercase letters, uppercase letters, digits, symbols',
    ],
    ['abcdef1!', 'good', undefined, undefined],
    ['Password123!', 'excellent', undefined, undefined],
    [
      'Paaassword12!',
      'excellent',
      undefined,
      'must not repeat a character more than twice in a row',
    ],
    ['Password123!', 'excellent', 14, 'needs at least 14 characters'],
  ] as const)('%s under %s (min %s)', (password, policy, minLength, problem) => {
    expect(passwordPolicyProblem(password, policy, minLength)).toBe(problem);
  });
});
