// A process-wide memory of aggregate results for a short time: the sets the
// närområde counts are built from (every patient with an insats in a kommun)
// are the same for every reader and change slowly, yet a NOSAM view asked for
// by 20 people at once would read and hash them 20 times. Only data that is
// the same whoever asks may be kept here; access decisions stay per request.
import { optimisationOn } from '../../../platform/optimisations/optimisations.js';

export interface RecentResults<Value> {
  /** The remembered value for `key` if it is younger than the time limit, else `load()`'s (shared by concurrent callers). */
  get(key: string, load: () => Promise<Value>): Promise<Value>;
  /** The same for several keys at once: the keys not remembered are loaded together in one call (one SQL statement). */
  getMany(keys: readonly string[], loadMissing: (missing: readonly string[]) => Promise<Map<string, Value>>, fallback: Value): Promise<Value[]>;
  /** Forgets every value (after a write this process made to the data they were computed from). */
  clear(): void;
}

interface Entry<Value> {
  /** Fresh until then; after it, still served (while one refresh runs) until `staleUntil`. */
  until: number;
  staleUntil: number;
  value: Promise<Value>;
  refreshing: boolean;
}

/**
 * `maxAgeMs` is how long a value is fresh. A value up to twice that old is still answered at once while one
 * load refreshes it in the background, so a busy view never waits for a refresh (its callers would otherwise
 * all wait for the one load that replaces an expired value); an older one is loaded before answering.
 */
export function createRecentResults<Value>(options: { maxAgeMs: number; maxEntries?: number; now?: () => number }): RecentResults<Value> {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 1000;
  const entries = new Map<string, Entry<Value>>();
  /** Counts clear() calls. */
  let generation = 0;

  const remember = (key: string, value: Promise<Value>): Promise<Value> => {
    if (entries.size >= maxEntries) entries.clear();
    const at = now();
    entries.set(key, { until: at + options.maxAgeMs, staleUntil: at + 2 * options.maxAgeMs, value, refreshing: false });
    // A failed load is not remembered: the next caller tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };

  /** The value to answer with now, or undefined when it must be loaded first; starts refreshes of stale values. */
  const usable = (key: string, stale: string[]): Promise<Value> | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const at = now();
    if (entry.until > at) return entry.value;
    if (entry.staleUntil <= at) return undefined;
    if (!entry.refreshing) {
      entry.refreshing = true;
      stale.push(key);
    }
    return entry.value;
  };

  /** Replaces the stale entries when the refresh succeeds; keeps them (for their remaining time) when it fails. */
  const refreshInBackground = (keys: string[], load: Promise<Map<string, Value>>) => {
    const startedIn = generation;
    load.then(
      (values) => {
        // A refresh that began before clear() may hold what was read before the write that cleared.
        if (generation !== startedIn) return;
        for (const key of keys) remember(key, Promise.resolve(values.get(key) as Value));
      },
      () => {
        for (const key of keys) {
          const entry = entries.get(key);
          if (entry) entry.refreshing = false;
        }
      },
    );
  };

  return {
    get(key, load) {
      const stale: string[] = [];
      const value = usable(key, stale);
      if (value) {
        if (stale.length > 0) refreshInBackground(stale, load().then((loaded) => new Map([[key, loaded]])));
        return value;
      }
      return remember(key, load());
    },
    getMany(keys, loadMissing, fallback) {
      const stale: string[] = [];
      const answers = new Map<string, Promise<Value>>();
      const missing: string[] = [];
      for (const key of new Set(keys)) {
        const value = usable(key, stale);
        if (value) answers.set(key, value);
        else missing.push(key);
      }
      if (stale.length > 0) {
        refreshInBackground(
          stale,
          loadMissing(stale).then((values) => new Map(stale.map((key) => [key, values.get(key) ?? fallback]))),
        );
      }
      if (missing.length > 0) {
        const loaded = loadMissing(missing);
        for (const key of missing) answers.set(key, remember(key, loaded.then((values) => values.get(key) ?? fallback)));
      }
      return Promise.all(keys.map((key) => answers.get(key)!));
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}

/** Loads every time: the `remembered-results` switch (optimisations.ts). */
function forgetfulResults<Value>(): RecentResults<Value> {
  return {
    get: (_key, load) => load(),
    async getMany(keys, loadMissing, fallback) {
      const values = await loadMissing([...new Set(keys)]);
      return keys.map((key) => values.get(key) ?? fallback);
    },
    clear() {},
  };
}

const shared = new WeakMap<object, Map<string, RecentResults<unknown>>>();

/**
 * The process-wide RecentResults of one kind for one database (`owner`), made on first use; put whatever the
 * results depend on besides the keys (e.g. the day) in `name`.
 */
export function sharedRecentResults<Value>(owner: object, name: string, maxAgeMs = 30_000): RecentResults<Value> {
  if (!optimisationOn('remembered-results')) return forgetfulResults<Value>();
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
