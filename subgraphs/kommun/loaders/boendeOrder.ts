// Boenden are listed by name in Swedish alphabetical order (å, ä, ö last).
// Sorted here rather than in SQL because PGlite and a PostgreSQL server may
// use different collations.
const swedish = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });

export function sortByNamn<Row extends { namn: string; id: string }>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => swedish.compare(a.namn, b.namn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
