import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { type CompressedSize, compressedSize, sumSizes } from './compressed-size.js';

/** The repository root: esbuild's working directory, so the metafile's paths read `packages/...`. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The one bundler configuration every app is built with: a production browser
 * build, minified ESM, CSS in its own file. Workspace packages build from
 * their sources (`@tenantkit/source`), as the published `dist` would.
 */
export const bundleOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  // esbuild drops its default `module` condition once conditions are set: keep it.
  conditions: ['@tenantkit/source', 'module'],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'css' },
  legalComments: 'none',
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** One output file of a build and its sizes. */
export interface OutputSize extends CompressedSize {
  /** `app.js` or `app.css`. */
  readonly file: string;
}

/** How many minified bytes one input (a source file, or a package) put in the output. */
export interface InputBytes {
  readonly input: string;
  readonly bytes: number;
}

/** A built app: its files, their sum, and what each input contributed. */
export interface AppBuild extends CompressedSize {
  readonly files: readonly OutputSize[];
  /** Per input file, from esbuild's metafile (`bytesInOutput`, before compression). */
  readonly inputs: readonly InputBytes[];
}

/**
 * Bundles `entry` (a path from the repository root) with {@link bundleOptions},
 * in memory: one `app.js`, and `app.css` when the app imports a stylesheet.
 *
 * @example
 * ```ts
 * const { outputFiles } = await bundleApp('bench/browser/switcher-page.tsx');
 * ```
 */
export function bundleApp(entry: string) {
  return build({
    ...bundleOptions,
    absWorkingDir: repositoryRoot,
    entryPoints: { app: entry },
    outdir: 'bench/results/bundle',
    write: false,
    metafile: true,
  });
}

/**
 * Bundles `entry` with {@link bundleApp} and measures every output file.
 *
 * @example
 * ```ts
 * const peers = await buildApp('bench/bundle/apps/peers.tsx');
 * console.log(peers.gzip);
 * ```
 */
export async function buildApp(entry: string): Promise<AppBuild> {
  const result = await bundleApp(entry);
  const files = result.outputFiles
    .map((output) => ({ file: fileName(output.path), ...compressedSize(output.contents) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const inputs = Object.values(result.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs))
    .map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { ...sumSizes(files), files, inputs };
}

/**
 * The last segment of an output path: `app.js`.
 *
 * @example
 * ```ts
 * fileName('/work/bench/results/bundle/app.css'); // 'app.css'
 * ```
 */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
