// All six vårdsamverkansområden, in Swedish alphabetical order of their names
// (sorted here, since the database's collation differs between PGlite and a server).
import type { Kysely } from 'kysely';
import { bySwedishName } from '../../../platform/sorting/swedishOrder.js';
import type { SamverkanDatabase } from '../database.js';
import type { VardsamverkansomradeRow } from '../rows.js';
import { selectVardsamverkansomrade } from './selectVardsamverkansomrade.js';

export async function listVardsamverkansomraden(db: Kysely<SamverkanDatabase>): Promise<VardsamverkansomradeRow[]> {
  const rows = await selectVardsamverkansomrade(db).execute();
  return rows.sort(bySwedishName);
}
