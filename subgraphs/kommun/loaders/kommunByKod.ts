// The kommun reference rows: by kommunkod (batched) and all of them.
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import { reusableQuery } from '../../common/database/reusableQuery.js';
import type { KommunDatabase } from '../database.js';
import type { KommunRow } from '../rows.js';

function selectKommuner(db: Kysely<KommunDatabase>) {
  return db.selectFrom('kommun').select(['kommunkod as kod', 'namn', 'kommunalforbund']);
}

const selectKommunerByKod = reusableQuery((db: Kysely<KommunDatabase>, koder: readonly string[]) =>
  selectKommuner(db).where((eb) => eb('kommunkod', '=', eb.fn.any(eb.val(koder)))),
);

export function createKommunByKodLoader(db: Kysely<KommunDatabase>) {
  return createRowLoader<string, KommunRow>(
    (koder) => selectKommunerByKod(db, koder),
    (row) => row.kod,
  );
}

/** All kommuner in kommunkod order (four digits, so text order is numeric order). */
export function selectAllKommuner(db: Kysely<KommunDatabase>): Promise<KommunRow[]> {
  return selectKommuner(db).orderBy('kommunkod').execute();
}
