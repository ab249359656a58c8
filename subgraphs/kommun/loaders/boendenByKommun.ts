// All boenden of each kommun (batched), by name; callers filter by typ, since
// a kommun has tens of boenden, not thousands.
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { KommunDatabase } from '../database.js';
import type { BoendeRow } from '../rows.js';
import { sortByNamn } from '../../../platform/sorting/swedishOrder.js';
import { selectBoenden } from './selectBoenden.js';

export function createBoendenByKommunLoader(db: Kysely<KommunDatabase>) {
  return createGroupLoader<string, BoendeRow>(
    async (koder) =>
      sortByNamn(await selectBoenden(db).where((eb) => eb('kommunkod', '=', eb.fn.any(eb.val([...koder])))).execute()),
    (row) => row.kommunkod,
  );
}
