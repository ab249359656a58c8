// DataLoader factories for entity resolution: N keys requested in one tick
// become one SQL query (`WHERE key = ANY($1)`), and results come back in key order.
import DataLoader from 'dataloader';

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
