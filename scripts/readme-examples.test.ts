import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// A package README's testing example must be its passing test, character for
// character: packages/<name>/src/testing/readme-example.test.tsx.
const packages = ['react', 'auth0'];

describe('README examples are the tests that run', () => {
  test.each(packages)('@tenantkit/%s', (name) => {
    const example = new URL(
      `../packages/${name}/src/testing/readme-example.test.tsx`,
      import.meta.url,
    );
    expect(existsSync(example)).toBe(true);
    const readme = readFileSync(new URL(`../packages/${name}/README.md`, import.meta.url), 'utf8');
    expect(readme).toContain(readFileSync(example, 'utf8'));
  });
});
