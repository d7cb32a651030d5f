import { expect, test } from 'vitest';
import { readMilliseconds } from './read-milliseconds.js';

test('accepts undefined and positive durations', () => {
  expect(readMilliseconds(undefined, 'timeoutMs')).toBeUndefined();
  expect(readMilliseconds(250, 'timeoutMs')).toBe(250);
  expect(readMilliseconds(2 ** 31 - 1, 'timeoutMs')).toBe(2 ** 31 - 1);
});

test('accepts zero and long lifetimes only when allowed', () => {
  expect(readMilliseconds(0, 'positiveMs', true)).toBe(0);
  expect(readMilliseconds(2 ** 40, 'positiveMs', true)).toBe(2 ** 40);
  expect(() => readMilliseconds(0, 'timeoutMs')).toThrow(
    'timeoutMs must be a number of milliseconds, 1 to 2147483647',
  );
  // setTimeout would fire at once.
  expect(() => readMilliseconds(2 ** 31, 'timeoutMs')).toThrow(/^timeoutMs must/);
});

test.each([-1, Number.POSITIVE_INFINITY, Number.NaN, '5', null])(
  'rejects %j, naming the option',
  (value) => {
    expect(() => readMilliseconds(value, 'options.negativeMs', true)).toThrow(
      /^options\.negativeMs must/,
    );
  },
);
