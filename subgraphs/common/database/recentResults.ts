// A process-wide memory of aggregate results for a short time: the sets the
// närområde counts are built from (every patient with an insats in a kommun)
// are the same for every reader and change slowly, yet a NOSAM view asked for
// by 20 people at once would read and hash them 20 times. Only data that is
// the same whoever asks may be kept here; access decisions stay per request.

export interface RecentResults<Value> {
  /** The remembered value for `key` if it is younger than the time limit, else `load()`'s (shared by concurrent callers). */
  get(key: string, load: () => Promise<Value>): Promise<Value>;
  /** The same for several keys at once: the keys not remembered are loaded together in one call (one SQL statement). */
  getMany(keys: readonly string[], loadMissing: (missing: readonly string[]) => Promise<Map<string, Value>>, fallback: Value): Promise<Value[]>;
}

export function createRecentResults<Value>(options: { maxAgeMs: number; maxEntries?: number; now?: () => number }): RecentResults<Value> {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 1000;
  const entries = new Map<string, { until: number; value: Promise<Value> }>();
  const remembered = (key: string) => {
    const entry = entries.get(key);
    return entry && entry.until > now() ? entry.value : undefined;
  };
  const remember = (key: string, value: Promise<Value>) => {
    if (entries.size >= maxEntries) entries.clear();
    entries.set(key, { until: now() + options.maxAgeMs, value });
    // A failed load is not remembered: the next caller tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
  return {
    get(key, load) {
      return remembered(key) ?? remember(key, load());
    },
    getMany(keys, loadMissing, fallback) {
      const missing = [...new Set(keys.filter((key) => remembered(key) === undefined))];
      if (missing.length > 0) {
        const loaded = loadMissing(missing);
        for (const key of missing) remember(key, loaded.then((values) => values.get(key) ?? fallback));
      }
      return Promise.all(keys.map((key) => remembered(key)!));
    },
  };
}

const shared = new WeakMap<object, Map<string, RecentResults<unknown>>>();

/**
 * The process-wide RecentResults of one kind for one database (`owner`), made on first use; put whatever the
 * results depend on besides the keys (e.g. the day) in `name`.
 */
export function sharedRecentResults<Value>(owner: object, name: string, maxAgeMs = 30_000): RecentResults<Value> {
  let byName = shared.get(owner);
  if (!byName) {
    byName = new Map();
    shared.set(owner, byName);
  }
  let recent = byName.get(name) as RecentResults<Value> | undefined;
  if (!recent) {
    recent = createRecentResults<Value>({ maxAgeMs });
    byName.set(name, recent as RecentResults<unknown>);
  }
  return recent;
}
