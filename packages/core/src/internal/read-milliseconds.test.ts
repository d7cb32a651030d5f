import { expect, test } from 'vitest';
import { readMilliseconds } from './read-milliseconds.js';

test('accepts undefined and positive durations', () => {
  expect(readMilliseconds(undefined, 'timeoutMs')).toBeUndefined();
  expect(readMilliseconds(250, 'timeoutMs')).toBe(250);
});

test('accepts zero only when allowed', () => {
  expect(readMilliseconds(0, 'positiveMs', { allowZero: true })).toBe(0);
  expect(() => readMilliseconds(0, 'timeoutMs')).toThrow(
    'timeoutMs must be a number of milliseconds (more than 0), got 0',
  );
});

test.each([-1, Number.POSITIVE_INFINITY, Number.NaN, '5', null])(
  'rejects %j, naming the option',
  (value) => {
    expect(() => readMilliseconds(value, 'options.negativeMs', { allowZero: true })).toThrow(
      /^options\.negativeMs must/,
    );
  },
);
