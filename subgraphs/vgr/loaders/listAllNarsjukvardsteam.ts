// All teams, for Query.narsjukvardsteam: a small fixed list (tens of rows), sorted by name.
import type { Kysely } from 'kysely';
import type { VgrDatabase } from '../database.js';
import type { NarsjukvardsteamRow } from '../rows.js';
import { bySwedishName } from '../../../platform/sorting/swedishOrder.js';

export async function listAllNarsjukvardsteam(db: Kysely<VgrDatabase>): Promise<NarsjukvardsteamRow[]> {
  const rows = await db.selectFrom('narsjukvardsteam').select(['id', 'namn', 'sjukhus', 'typ']).execute();
  return rows.sort(bySwedishName);
}
