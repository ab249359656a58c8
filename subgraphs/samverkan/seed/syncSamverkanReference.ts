// Upserts the reference data this subgraph keys on — the six
// vårdsamverkansområden and which kommun belongs to which — from
// data/kommuner.csv on every start. Idempotent; rows are never deleted, since
// närområden and avvikelser refer to them.
import type { Kysely } from 'kysely';
import { loadKommuner, loadVardsamverkansomraden } from '../../../platform/reference/kommuner.js';
import type { SamverkanDatabase } from '../database.js';

export async function syncSamverkanReference(db: Kysely<SamverkanDatabase>): Promise<void> {
  const omraden = loadVardsamverkansomraden();
  const kommuner = loadKommuner();
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto('vardsamverkansomrade')
      .values(omraden.map((omrade) => ({ id: omrade.id, namn: omrade.namn, sjukhus: omrade.sjukhus })))
      .onConflict((onConflict) =>
        onConflict.column('id').doUpdateSet((eb) => ({ namn: eb.ref('excluded.namn'), sjukhus: eb.ref('excluded.sjukhus') })),
      )
      .execute();
    await transaction
      .insertInto('kommun_omrade')
      .values(
        kommuner.map((kommun) => ({
          kommunkod: kommun.kommunkod,
          kommun_namn: kommun.namn,
          vardsamverkansomrade_id: kommun.vardsamverkansomradeId,
        })),
      )
      .onConflict((onConflict) =>
        onConflict.column('kommunkod').doUpdateSet((eb) => ({
          kommun_namn: eb.ref('excluded.kommun_namn'),
          vardsamverkansomrade_id: eb.ref('excluded.vardsamverkansomrade_id'),
        })),
      )
      .execute();
  });
}
