// The boenden in each närområde (batched), by name.
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { KommunDatabase } from '../database.js';
import type { BoendeRow } from '../rows.js';
import { sortByNamn } from '../../../platform/sorting/swedishOrder.js';
import { selectBoenden } from './selectBoenden.js';

export function createBoendenByNaromradeLoader(db: Kysely<KommunDatabase>) {
  return createGroupLoader<string, BoendeRow>(
    async (naromradeIds) =>
      sortByNamn(
        await selectBoenden(db).where((eb) => eb('naromrade_id', '=', eb.fn.any(eb.val([...naromradeIds])))).execute(),
      ),
    // The query only returns boenden whose naromrade_id is one of the keys.
    (row) => row.naromradeId!,
  );
}
