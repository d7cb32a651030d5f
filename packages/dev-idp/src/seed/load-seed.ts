import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseSeed } from './parse-seed.js';
import type { Seed, SeedDocument } from './seed.js';

/**
 * The path of the default seed file shipped with the package (the same file
 * from `src` and from `dist`).
 *
 * @example
 * ```ts
 * const seed = JSON.parse(await readFile(defaultSeedPath, 'utf8'));
 * ```
 */
export const defaultSeedPath: string = fileURLToPath(
  new URL('../../seeds/default.json', import.meta.url),
);

/**
 * Reads the default seed as a document, for tests that extend it (say, with a
 * client whose callback port is only known at run time).
 *
 * @example
 * ```ts
 * const seed = await readDefaultSeed();
 * const idp = await startDevIdp({ port: 0, seed: { ...seed, clients: [...seed.clients, myClient] } });
 * ```
 */
export async function readDefaultSeed(): Promise<SeedDocument> {
  return (await readSeedFile(defaultSeedPath)) as SeedDocument;
}

/**
 * Reads and validates a seed: a file path, a document, or the default seed.
 * Throws one error listing every problem, each naming its field.
 *
 * @example
 * ```ts
 * const seed = await loadSeed('./my-seed.json');
 * ```
 */
export async function loadSeed(source: string | SeedDocument | undefined): Promise<Seed> {
  const path =
    typeof source === 'string' ? source : source === undefined ? defaultSeedPath : undefined;
  const document: unknown = path === undefined ? source : await readSeedFile(path);
  const result = parseSeed(document);
  if (!result.ok) {
    const origin = path === undefined ? 'the seed' : `the seed ${path}`;
    throw new Error(`tenantkit-dev-idp: ${origin} is invalid:\n  ${result.errors.join('\n  ')}`);
  }
  return result.seed;
}

async function readSeedFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `tenantkit-dev-idp: cannot read the seed file ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `tenantkit-dev-idp: the seed file ${path} is not JSON: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
