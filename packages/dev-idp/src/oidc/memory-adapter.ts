import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  readonly payload: AdapterPayload;
  readonly expiresAt: number;
}

const SWEEP_EVERY = 500;

/**
 * Creates oidc-provider's storage for one identity provider: in memory, gone at
 * restart. Unlike oidc-provider's bundled development adapter, which all
 * providers of a process share and which evicts entries past 1,000, each
 * instance gets its own store and keeps entries until they expire.
 *
 * @example
 * ```ts
 * new Provider(issuer, { adapter: createMemoryAdapter() });
 * ```
 */
export function createMemoryAdapter(): new (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const grants = new Map<string, Set<string>>();
  const sessionsByUid = new Map<string, string>();
  const userCodes = new Map<string, string>();
  let writes = 0;

  const read = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  const sweep = (): void => {
    const now = Date.now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= now) entries.delete(key);
    }
  };

  return class MemoryAdapter implements Adapter {
    readonly #model: string;

    constructor(model: string) {
      this.#model = model;
    }

    #key(id: string): string {
      return `${this.#model}:${id}`;
    }

    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      writes += 1;
      if (writes % SWEEP_EVERY === 0) sweep();
      const key = this.#key(id);
      entries.set(key, { payload, expiresAt: Date.now() + expiresIn * 1000 });
      if (this.#model === 'Session' && payload.uid !== undefined)
        sessionsByUid.set(payload.uid, id);
      if (payload.userCode !== undefined) userCodes.set(payload.userCode, id);
      if (payload.grantId !== undefined) {
        const members = grants.get(payload.grantId) ?? new Set<string>();
        members.add(key);
        grants.set(payload.grantId, members);
      }
      return Promise.resolve();
    }

    find(id: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(read(this.#key(id)));
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const id = sessionsByUid.get(uid);
      return Promise.resolve(id === undefined ? undefined : read(this.#key(id)));
    }

    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const id = userCodes.get(userCode);
      return Promise.resolve(id === undefined ? undefined : read(this.#key(id)));
    }

    consume(id: string): Promise<void> {
      const payload = read(this.#key(id));
      if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    }

    destroy(id: string): Promise<void> {
      entries.delete(this.#key(id));
      return Promise.resolve();
    }

    revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grants.get(grantId) ?? []) entries.delete(key);
      grants.delete(grantId);
      return Promise.resolve();
    }
  };
}
