// Boenden by id (batched), for Query.boende, Boende references and stays.
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import { reusableQuery } from '../../common/database/reusableQuery.js';
import type { KommunDatabase } from '../database.js';
import type { BoendeRow } from '../rows.js';
import { selectBoenden } from './selectBoenden.js';

const selectBoendenById = reusableQuery((db: Kysely<KommunDatabase>, ids: readonly string[]) =>
  selectBoenden(db).where((eb) => eb('id', '=', eb.fn.any(eb.val(ids)))),
);

export function createBoendeByIdLoader(db: Kysely<KommunDatabase>) {
  return createRowLoader<string, BoendeRow>(
    (ids) => selectBoendenById(db, ids),
    (row) => row.id,
  );
}
