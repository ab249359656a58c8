// Writes the synthetic world's kommun slice (boenden, patients, insatser).
// Runs inside seedIfEmpty's transaction, after syncKommunReference has filled
// the kommun table the rows refer to.
import type { Kysely } from 'kysely';
import { insertInChunks } from '../../common/database/insertInChunks.js';
import type { World } from '../../common/seed/World.js';
import type { KommunDatabase } from '../database.js';
import { kommunSeedRows } from './kommunSeedRows.js';

export async function writeKommunSeed(db: Kysely<KommunDatabase>, world: World): Promise<void> {
  const rows = kommunSeedRows(world.kommun);
  await insertInChunks(db, 'boende', rows.boende);
  await insertInChunks(db, 'patient', rows.patient);
  await insertInChunks(db, 'hemsjukvard_inskrivning', rows.hemsjukvard_inskrivning);
  await insertInChunks(db, 'hemsjukvard_insats', rows.hemsjukvard_insats);
  await insertInChunks(db, 'hemtjanst_beslut', rows.hemtjanst_beslut);
  await insertInChunks(db, 'boende_vistelse', rows.boende_vistelse);
}
