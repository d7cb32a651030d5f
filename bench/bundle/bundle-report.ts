import { type AppBuild, buildApp, type InputBytes } from './build-app.js';
import { measureClerkRuntime, type ClerkRuntime } from './clerk-runtime.js';
import { type CompressedSize, subtractSizes } from './compressed-size.js';

/** The apps built, each under `bench/bundle/apps/<id>.tsx`, and what each is compared with. */
export const bundleApps = {
  react: { label: 'React alone', baseline: null },
  peers: { label: '(1) peers: React, @auth0/auth0-react, Radix dropdown', baseline: 'react' },
  login: { label: '(2) peers + login widget + Auth0 binding', baseline: 'peers' },
  tenants: { label: '(3) peers + tenant provider + switcher', baseline: 'peers' },
  everything: { label: '(4) peers + everything + stylesheet', baseline: 'peers' },
  lock: { label: 'Auth0 Lock showing its widget', baseline: 'react' },
  clerk: { label: 'Clerk <SignIn/> + <OrganizationSwitcher/>', baseline: 'react' },
} as const satisfies Record<string, { label: string; baseline: string | null }>;

/** An app's id: the name of its entry file. */
export type BundleAppId = keyof typeof bundleApps;

/** The apps others are compared with. */
export type BaselineId = NonNullable<(typeof bundleApps)[BundleAppId]['baseline']>;

/**
 * tenantkit's size target (issues 4 and 8): the login widget with its Auth0
 * binding, and everything tenantkit ships with the stylesheet, should each add
 * at most this many gzip bytes to an app that already has its peers.
 * Not met yet; the bench table shows the gap.
 */
export const TENANTKIT_BUDGET_GZIP_BYTES = 6144;

/**
 * The ceilings `npm test` enforces until the target is met: the last measured
 * cost of each app over the peers, rounded up to the next 256 bytes. Lower one
 * whenever its cost drops, so a change that makes tenantkit bigger fails CI;
 * never raise one to let a change in.
 */
export const TENANTKIT_CEILINGS_GZIP_BYTES = {
  login: 7168,
  everything: 17_664,
} as const satisfies Partial<Record<BundleAppId, number>>;

/** The apps whose cost over the peers has a ceiling. */
export type BudgetedAppId = keyof typeof TENANTKIT_CEILINGS_GZIP_BYTES;

/** A built app and its cost over its baseline app. */
export interface AppSize extends AppBuild {
  readonly id: BundleAppId;
  readonly label: string;
  readonly baseline: BaselineId | null;
  readonly overBaseline: CompressedSize | null;
}

/** Every app of one run, and Clerk's CDN runtime. */
export interface BundleReport {
  readonly apps: readonly AppSize[];
  readonly clerkRuntime: ClerkRuntime;
}

/**
 * Builds every app with the one esbuild configuration and measures it against
 * its baseline, plus Clerk's runtime.
 *
 * @example
 * ```ts
 * const { apps } = await measureBundles();
 * apps.find((app) => app.id === 'everything')?.overBaseline?.gzip;
 * ```
 */
export async function measureBundles(): Promise<BundleReport> {
  const builds = new Map<BundleAppId, AppBuild>();
  // One at a time: the machines are shared, and Brotli at quality 11 is CPU-bound.
  for (const id of Object.keys(bundleApps) as BundleAppId[]) {
    builds.set(id, await buildApp(`bench/bundle/apps/${id}.tsx`));
  }
  const apps = [...builds].map(([id, build]): AppSize => {
    const { label, baseline } = bundleApps[id];
    const base = baseline === null ? undefined : builds.get(baseline);
    return {
      id,
      label,
      baseline,
      ...build,
      overBaseline: base === undefined ? null : subtractSizes(build, base),
    };
  });
  return { apps, clerkRuntime: measureClerkRuntime() };
}

/** What tenantkit adds to its peers, and the inputs that make it up. */
export interface TenantkitCost {
  readonly peers: AppBuild;
  /** The app measured against the peers. */
  readonly measured: AppBuild;
  readonly cost: CompressedSize;
  /** Minified bytes each input adds over the peers' build, largest first. */
  readonly contributors: readonly InputBytes[];
}

/**
 * Builds the peers' app and `app` (the "everything" app by default), the two
 * that a size budget compares.
 *
 * @example
 * ```ts
 * const { cost } = await measureTenantkitCost('login');
 * cost.gzip <= TENANTKIT_BUDGET_GZIP_BYTES;
 * ```
 */
export async function measureTenantkitCost(
  app: BudgetedAppId = 'everything',
): Promise<TenantkitCost> {
  const peers = await buildApp('bench/bundle/apps/peers.tsx');
  const measured = await buildApp(`bench/bundle/apps/${app}.tsx`);
  return {
    peers,
    measured,
    cost: subtractSizes(measured, peers),
    contributors: addedInputs(measured, peers),
  };
}

/**
 * The inputs of `build` that add bytes over `baseline` (the peers' own files
 * shift by a few bytes of renamed identifiers; those are left out).
 *
 * @example
 * ```ts
 * addedInputs(everything, peers)[0]; // { input: 'packages/react/src/tenants/tenant-switcher.tsx', bytes: 8238 }
 * ```
 */
export function addedInputs(build: AppBuild, baseline: AppBuild): InputBytes[] {
  const before = new Map(baseline.inputs.map(({ input, bytes }) => [input, bytes]));
  return build.inputs.filter(({ input }) => !before.has(input)).sort((a, b) => b.bytes - a.bytes);
}
