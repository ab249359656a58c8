// Keeps the kommun table equal to data/kommuner.csv: run on every start,
// before seeding, as one idempotent upsert (the reference data are not part
// of the synthetic world, and a corrected name must reach existing databases).
import type { Kysely } from 'kysely';
import { loadKommuner } from '../../../platform/reference/kommuner.js';
import type { KommunDatabase } from '../database.js';

export async function syncKommunReference(db: Kysely<KommunDatabase>): Promise<void> {
  const rows = loadKommuner().map(({ kommunkod, namn, kommunalforbund }) => ({ kommunkod, namn, kommunalforbund }));
  await db
    .insertInto('kommun')
    .values(rows)
    .onConflict((conflict) =>
      conflict.column('kommunkod').doUpdateSet((eb) => ({
        namn: eb.ref('excluded.namn'),
        kommunalforbund: eb.ref('excluded.kommunalforbund'),
      })),
    )
    .execute();
}
