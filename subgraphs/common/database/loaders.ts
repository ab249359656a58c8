// DataLoader factories for entity resolution: N keys requested in one tick
// become one SQL query (`WHERE key = ANY($1)`), and results come back in key order.
import DataLoader from 'dataloader';
import type { RecentResults } from './recentResults.js';

/** One row (or null) per key. */
export function createRowLoader<Key extends string, Row>(
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const rows = await loadRows(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows for each key (possibly none), in the order the query returned them. */
export function createGroupLoader<Key extends string, Row>(
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const rows = await loadRows(keys);
    const byKey = new Map<Key, Row[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = byKey.get(key);
      if (group) group.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * All rows for each key like createGroupLoader, answered from `recent` (process-wide, short-lived) when the
 * same keys were loaded a moment ago: only for rows that are the same whoever asks.
 */
export function createRecentGroupLoader<Key extends string, Row>(
  recent: RecentResults<Row[]>,
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>((keys) =>
    recent.getMany(
      keys,
      async (missing) => {
        const byKey = new Map<string, Row[]>();
        for (const row of await loadRows(missing as Key[])) {
          const key = keyOf(row);
          const group = byKey.get(key);
          if (group) group.push(row);
          else byKey.set(key, [row]);
        }
        return byKey;
      },
      [],
    ),
  );
}

/** One row (or null) per key like createRowLoader, answered from `recent` as createRecentGroupLoader is. */
export function createRecentRowLoader<Key extends string, Row>(
  recent: RecentResults<Row[]>,
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  const groups = createRecentGroupLoader(recent, loadRows, keyOf);
  return new DataLoader<Key, Row | null>(async (keys) => (await groups.loadMany(keys)).map((rows) => (rows instanceof Error ? rows : (rows[0] ?? null))));
}
