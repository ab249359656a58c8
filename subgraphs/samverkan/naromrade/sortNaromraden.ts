// The order närområden are listed in: by kommunkod, then by name in Swedish
// alphabetical order (done here, as PGlite and a server collate differently).
import { compareSwedish } from '../../../platform/sorting/swedishOrder.js';
import type { NaromradeRow } from '../rows.js';

export function compareNaromraden(a: NaromradeRow, b: NaromradeRow): number {
  return a.kommunkod.localeCompare(b.kommunkod) || compareSwedish(a.namn, b.namn) || a.id.localeCompare(b.id);
}

export function sortNaromraden<Row extends NaromradeRow>(rows: Row[]): Row[] {
  return rows.sort(compareNaromraden);
}
