// Names sorted as a Swedish reader expects (å, ä, ö after z), whatever
// collation the database happens to have (PGlite sorts by byte value).

const swedish = new Intl.Collator('sv');

export function bySwedishName<Row extends { namn: string }>(a: Row, b: Row): number {
  return swedish.compare(a.namn, b.namn);
}
