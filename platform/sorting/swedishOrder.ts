// Names sorted as a Swedish reader expects (å, ä, ö after z; "Hus 2" before
// "Hus 10"), done in code because PGlite and a PostgreSQL server may collate
// differently (PGlite sorts by byte value).

const swedish = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });

export function compareSwedish(a: string, b: string): number {
  return swedish.compare(a, b);
}

/** Compares rows by `namn`, then by `id` (when they have one) so the order is total. */
export function bySwedishName<Row extends { namn: string; id?: string }>(a: Row, b: Row): number {
  return swedish.compare(a.namn, b.namn) || (a.id ?? '').localeCompare(b.id ?? '');
}

/** A sorted copy; the input is left untouched. */
export function sortByNamn<Row extends { namn: string; id?: string }>(rows: readonly Row[]): Row[] {
  return [...rows].sort(bySwedishName);
}
