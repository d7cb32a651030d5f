import type { Auth0TenantMode } from '@tenantkit/auth0';

/**
 * Where password users type their password: in the widget (`embeddedPasswords`)
 * or on the identity provider's page (Universal Login, one submit).
 *
 * @example
 * ```ts
 * const mode: DemoPasswordMode = 'universal-login';
 * ```
 */
export type DemoPasswordMode = 'embedded' | 'universal-login';

/**
 * Where the login widget looks an email's domain up.
 *
 * @example
 * ```ts
 * const discovery: DiscoveryMode = 'client-info';
 * ```
 */
export type DiscoveryMode = 'webfinger' | 'client-info' | 'directory';

/**
 * The modes a visitor can try, remembered in `localStorage`, and settable by
 * URL (`?tenants=organizations&passwords=universal-login&discovery=directory`).
 *
 * @example
 * ```ts
 * const settings: DemoSettings = { ...defaultSettings, tenantMode: 'organizations' };
 * ```
 */
export interface DemoSettings {
  readonly tenantMode: Auth0TenantMode;
  readonly passwordMode: DemoPasswordMode;
  readonly discovery: DiscoveryMode;
  /** Organizations mode: the organization to sign in to (`org_…`), or none to choose later. */
  readonly organization: string | null;
}

/**
 * What the demo starts with: every tenant in one token, the password typed in
 * the widget, WebFinger discovery.
 *
 * @example
 * ```ts
 * readSettings(new URLSearchParams(), null); // defaultSettings
 * ```
 */
export const defaultSettings: DemoSettings = {
  tenantMode: 'claims',
  passwordMode: 'embedded',
  discovery: 'webfinger',
  organization: null,
};

/**
 * The URL parameters each setting answers to.
 *
 * @example
 * ```ts
 * `/?${settingsParams.tenantMode}=organizations`;
 * ```
 */
export const settingsParams = {
  tenantMode: 'tenants',
  passwordMode: 'passwords',
  discovery: 'discovery',
  organization: 'organization',
} as const satisfies Record<keyof DemoSettings, string>;

const tenantModes: readonly Auth0TenantMode[] = ['claims', 'organizations'];
const passwordModes: readonly DemoPasswordMode[] = ['embedded', 'universal-login'];
const discoveryModes: readonly DiscoveryMode[] = ['webfinger', 'client-info', 'directory'];

/**
 * The settings from the URL, else from the stored JSON, else the defaults,
 * one setting at a time. Stored text is untrusted (another version of the demo,
 * a hand edit): a value that is not one of the choices is ignored.
 *
 * @example
 * ```ts
 * readSettings(new URLSearchParams('tenants=organizations'), localStorage.getItem(settingsKey));
 * ```
 */
export function readSettings(params: URLSearchParams, stored: string | null): DemoSettings {
  const saved = parseStored(stored);
  const pick = <T extends string>(
    key: keyof DemoSettings,
    choices: readonly T[],
    fallback: T,
  ): T => {
    const fromUrl = params.get(settingsParams[key]);
    const candidates: unknown[] = [fromUrl, saved[key]];
    return (candidates.find((value) => choices.includes(value as T)) as T | undefined) ?? fallback;
  };
  const organization = params.get(settingsParams.organization) ?? saved.organization;
  return {
    tenantMode: pick('tenantMode', tenantModes, defaultSettings.tenantMode),
    passwordMode: pick('passwordMode', passwordModes, defaultSettings.passwordMode),
    discovery: pick('discovery', discoveryModes, defaultSettings.discovery),
    organization:
      typeof organization === 'string' && /^org_[a-z0-9]+$/iu.test(organization)
        ? organization
        : null,
  };
}

/**
 * The `localStorage` key of the settings.
 *
 * @example
 * ```ts
 * localStorage.removeItem(settingsKey); // back to the defaults
 * ```
 */
export const settingsKey = 'tenantkit-demo:settings';

/**
 * Loads the settings of this page: URL parameters win and are then stored and
 * removed from the address bar, so the settings form stays the one truth.
 *
 * @example
 * ```ts
 * const [settings, setSettings] = useState(loadSettings);
 * ```
 */
export function loadSettings(): DemoSettings {
  const url = new URL(window.location.href);
  const settings = readSettings(url.searchParams, readStorage());
  const names: readonly string[] = Object.values(settingsParams);
  if ([...url.searchParams.keys()].some((name) => names.includes(name))) {
    saveSettings(settings);
    for (const name of names) url.searchParams.delete(name);
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return settings;
}

/**
 * Remembers the settings for the next visit (best effort: storage may be off).
 *
 * @example
 * ```ts
 * saveSettings({ ...settings, discovery: 'directory' });
 * ```
 */
export function saveSettings(settings: DemoSettings): void {
  try {
    window.localStorage.setItem(settingsKey, JSON.stringify(settings));
  } catch {
    // Private mode or storage disabled: the settings last for this page.
  }
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(settingsKey);
  } catch {
    return null;
  }
}

function parseStored(stored: string | null): Partial<Record<keyof DemoSettings, unknown>> {
  if (stored === null) return {};
  try {
    const value: unknown = JSON.parse(stored);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}
