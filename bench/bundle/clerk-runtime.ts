// What Clerk's React SDK downloads from Clerk's CDN at runtime, measured from
// the npm packages the CDN serves. @clerk/react injects two scripts (see
// @clerk/shared's loadClerkJsScript): `@clerk/clerk-js@<major>/dist/clerk.browser.js`
// and `@clerk/ui@<major>/dist/ui.browser.js`. The UI script then loads, per
// component, the chunks of its lazy import: we find those in ui.browser.js's
// chunk table, so the figure follows Clerk's releases without a hand-kept list.
// Not counted: clerk-js chunks loaded on demand (wallets, Stripe, password
// strength, the debug logger), fonts, and the API's JSON responses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type CompressedSize, compressedSize, sumSizes } from './compressed-size.js';

/** One file Clerk downloads, with the reason it is downloaded. */
export interface RuntimeFile extends CompressedSize {
  /** `@clerk/ui/dist/signin_ui_58d0c7_1.36.0.js`. */
  readonly file: string;
  readonly reason: string;
}

/** The runtime Clerk downloads for the given components. */
export interface ClerkRuntime extends CompressedSize {
  readonly files: readonly RuntimeFile[];
  /** The packages measured, `@clerk/clerk-js@6.40.0`; a missing one is named in `missing`. */
  readonly packages: readonly string[];
  readonly missing: readonly string[];
}

/** Where the two packages' `dist` folders are; by default, resolved from `bench/`. */
export interface ClerkRuntimeOptions {
  readonly clerkJsDist?: string;
  readonly clerkUiDist?: string;
}

/** The components of the Clerk anchor app, and the name of each one's chunk in @clerk/ui. */
const components = { SignIn: 'signin', OrganizationSwitcher: 'organizationswitcher' } as const;

/**
 * Measures the scripts Clerk's CDN serves to a page showing `<SignIn/>` and
 * `<OrganizationSwitcher/>`. A package that is not installed is listed in
 * `missing` and contributes nothing (the figure is then a lower bound).
 *
 * @example
 * ```ts
 * const runtime = measureClerkRuntime();
 * console.log(runtime.gzip, runtime.files.map((file) => file.file));
 * ```
 */
export function measureClerkRuntime(options: ClerkRuntimeOptions = {}): ClerkRuntime {
  const files: RuntimeFile[] = [];
  const packages: string[] = [];
  const missing: string[] = [];

  const clerkJsDist = options.clerkJsDist ?? distOf('@clerk/clerk-js');
  if (clerkJsDist === undefined) missing.push('@clerk/clerk-js');
  else {
    packages.push(`@clerk/clerk-js@${versionOf(clerkJsDist)}`);
    files.push(measureFile(clerkJsDist, '@clerk/clerk-js', 'clerk.browser.js', 'ClerkProvider'));
  }

  const clerkUiDist = options.clerkUiDist ?? distOf('@clerk/ui');
  if (clerkUiDist === undefined) missing.push('@clerk/ui');
  else {
    packages.push(`@clerk/ui@${versionOf(clerkUiDist)}`);
    files.push(measureFile(clerkUiDist, '@clerk/ui', 'ui.browser.js', 'ClerkProvider'));
    files.push(...measureUiChunks(clerkUiDist));
  }
  return { ...sumSizes(files), files, packages, missing };
}

function measureUiChunks(dist: string): RuntimeFile[] {
  const entry = readFileSync(join(dist, 'ui.browser.js'), 'utf8');
  const { names, hash, suffix } = readChunkTable(entry);
  const lazyImports = [...entry.matchAll(/Promise\.all\(\[((?:\w\.e\(\d+\),?)+)\]\)/g)].map(
    (match) => [...(match[1] ?? '').matchAll(/\d+/g)].map(([id]) => id),
  );
  const reasons = new Map<string, string[]>();
  for (const [component, chunkName] of Object.entries(components)) {
    const id = [...names].find(([, name]) => name === chunkName)?.[0];
    // The component's own lazy import is the smallest one that loads its chunk.
    const chunks = lazyImports
      .filter((ids) => id !== undefined && ids.includes(id))
      .sort((a, b) => a.length - b.length)[0];
    if (chunks === undefined) {
      throw new Error(`@clerk/ui: no lazy import loads the "${chunkName}" chunk of ${component}`);
    }
    for (const chunk of chunks) reasons.set(chunk, [...(reasons.get(chunk) ?? []), component]);
  }
  return [...reasons].map(([chunk, users]) =>
    measureFile(
      dist,
      '@clerk/ui',
      `${names.get(chunk) ?? chunk}_ui_${hash}_${suffix}`,
      users.join(' + '),
    ),
  );
}

// The bundler's runtime names chunk files as `<name or id>_ui_<hash6>_<version>.js`.
function readChunkTable(entry: string) {
  const table =
    /\.u=e=>""\+\(\(\{([^}]*)\}\)\[e\]\|\|e\)\+"_ui_"\+\w\.h\(\)\.slice\(0,6\)\+"_([^"]+)"/.exec(
      entry,
    );
  const hash = /\.h=\(\)=>"([0-9a-f]{6})/.exec(entry)?.[1];
  if (table === null || hash === undefined) {
    throw new Error('@clerk/ui: ui.browser.js has no chunk table this benchmark can read');
  }
  const names = new Map(
    [...(table[1] ?? '').matchAll(/(\d+):"([^"]+)"/g)].map(([, id = '', name = '']) => [id, name]),
  );
  return { names, hash, suffix: table[2] ?? '' };
}

function measureFile(dist: string, packageName: string, file: string, reason: string): RuntimeFile {
  return {
    file: `${packageName}/dist/${file}`,
    reason,
    ...compressedSize(readFileSync(join(dist, file))),
  };
}

const require = createRequire(import.meta.url);

function distOf(packageName: string): string | undefined {
  try {
    // Both packages' main entries sit in `dist/`.
    return dirname(require.resolve(packageName));
  } catch {
    return undefined;
  }
}

function versionOf(dist: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
