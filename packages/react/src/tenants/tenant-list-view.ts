import type { Tenant } from '@tenantkit/core';

/** Which heading a section of the switcher's list sits under. */
export type TenantSectionKind = 'pinned' | 'recent' | 'personal' | 'organizations';

/** A titled run of tenants in the switcher's list. */
export interface TenantSection {
  readonly kind: TenantSectionKind;
  readonly tenants: readonly Tenant[];
}

/** What the switcher's list shows. */
export interface TenantListView {
  readonly sections: readonly TenantSection[];
  /** How many tenants match (all of them without a query). */
  readonly matchCount: number;
  /** Matches left out to keep the list short; the user narrows the search to reach them. */
  readonly hiddenCount: number;
  /** The first tenant shown, which Enter in the search field picks. */
  readonly first: Tenant | null;
}

/** Inputs of {@link buildTenantListView}. */
export interface TenantListViewOptions {
  readonly tenants: readonly Tenant[];
  /** The tenants matching the search, or `null` without a query. */
  readonly matches: readonly Tenant[] | null;
  readonly activeTenantId: string | null;
  /** Shown first, without a query; ids that are not tenants are ignored. */
  readonly pinnedIds?: readonly string[] | undefined;
  readonly recentIds?: readonly string[] | undefined;
  /** At most this many tenants are listed, plus the active one. */
  readonly limit: number;
}

/**
 * Orders, groups and cuts the switcher's list. Without a query: pinned, then
 * recent, then personal, then organizations, each tenant once. With a query: the
 * matches by kind. Only the first `limit` are listed (the active tenant always
 * is, so the checked item never disappears), which keeps 10,000 tenants fast.
 *
 * @example
 * ```ts
 * const view = buildTenantListView({ tenants, matches: null, activeTenantId: 'team-1', limit: 50 });
 * view.sections.map((section) => section.kind); // ['organizations']
 * ```
 */
export function buildTenantListView(options: TenantListViewOptions): TenantListView {
  const { tenants, matches, activeTenantId, limit } = options;
  const candidates = matches ?? tenants;
  const placed = new Set<string>();
  // In display order.
  const lists: Record<TenantSectionKind, Tenant[]> = {
    pinned: [],
    recent: [],
    personal: [],
    organizations: [],
  };
  let byId: Map<string, Tenant> | undefined;
  for (const kind of matches === null ? (['pinned', 'recent'] as const) : []) {
    for (const id of options[`${kind}Ids`] ?? []) {
      // Built only when there are ids to look up.
      const tenant = (byId ??= new Map(tenants.map((each) => [each.id, each]))).get(id);
      if (tenant !== undefined && !placed.has(id)) {
        placed.add(id);
        lists[kind].push(tenant);
      }
    }
  }
  const keep = (tenant: Tenant, count: number) => count < limit || tenant.id === activeTenantId;
  for (const tenant of candidates) {
    const list = lists[tenant.kind === 'personal' ? 'personal' : 'organizations'];
    // A section never holds more than `limit` (plus the active tenant): with 10,000
    // tenants, each keystroke copies at most that many.
    if (!placed.has(tenant.id) && keep(tenant, list.length)) list.push(tenant);
  }

  let shown = 0;
  const sections: TenantSection[] = [];
  for (const [kind, list] of Object.entries(lists) as [TenantSectionKind, Tenant[]][]) {
    const visible = list.filter((tenant) => {
      const shows = keep(tenant, shown);
      if (shows) shown += 1;
      return shows;
    });
    if (visible.length > 0) sections.push({ kind, tenants: visible });
  }
  return {
    sections,
    matchCount: candidates.length,
    hiddenCount: candidates.length - shown,
    first: sections[0]?.tenants[0] ?? null,
  };
}

/**
 * Prepares a case- and accent-insensitive search over tenant names, ids and
 * roles; the returned function filters in one pass, fast enough for 10,000
 * tenants per keystroke. An empty query returns `null` (no filtering).
 *
 * @example
 * ```ts
 * const search = createTenantSearch(tenants, 'de');
 * search('muller'); // [{ name: 'Müller GmbH', … }]
 * ```
 */
export function createTenantSearch(
  tenants: readonly Tenant[],
  locale: string,
): (query: string) => readonly Tenant[] | null {
  let index: readonly string[] | null = null;
  return (query) => {
    const needle = fold(query.trim(), locale);
    if (needle === '') return null;
    // Built on the first search only: most opens of the menu never search.
    index ??= tenants.map((tenant) =>
      fold(`${tenant.name}\n${tenant.id}\n${tenant.role ?? ''}`, locale),
    );
    const haystacks = index;
    return tenants.filter((_, position) => haystacks[position]?.includes(needle) === true);
  };
}

function fold(text: string, locale: string): string {
  // Lower-casing first lets the locale see letters whole (Turkish İ → i), then accents go.
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}
