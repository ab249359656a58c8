// Batched reads of vårdcentraler: by HSA-id, grouped by kommun and by
// närområde (sorted by name), and the number of listade patienter.
import type { Kysely } from 'kysely';
import { createGroupLoader, createRecentRowLoader, createRowLoader } from '../../common/database/loaders.js';
import { sharedRecentResults } from '../../common/database/recentResults.js';
import { reusableQuery } from '../../common/database/reusableQuery.js';
import type { VgrDatabase } from '../database.js';
import type { VardcentralRow } from '../rows.js';
import { anyOf } from './anyOf.js';
import { bySwedishName } from '../../../platform/sorting/swedishOrder.js';

export interface ListadePatienterCount {
  vardcentralHsaId: string;
  antal: number;
}

const selectVardcentraler = (db: Kysely<VgrDatabase>) =>
  db.selectFrom('vardcentral').select(['hsa_id as hsaId', 'namn', 'driftsform', 'kommunkod', 'naromrade_id as naromradeId', 'antal_listade as antalListade']);
const selectVardcentralerByHsaId = reusableQuery((db: Kysely<VgrDatabase>, hsaIds: readonly string[]) =>
  selectVardcentraler(db).where('hsa_id', '=', anyOf(hsaIds)),
);
const selectVardcentralerByKommunkod = reusableQuery((db: Kysely<VgrDatabase>, kommunkoder: readonly string[]) =>
  selectVardcentraler(db).where('kommunkod', '=', anyOf(kommunkoder)),
);
const selectVardcentralerByNaromradeId = reusableQuery((db: Kysely<VgrDatabase>, naromradeIds: readonly string[]) =>
  selectVardcentraler(db).where('naromrade_id', '=', anyOf(naromradeIds)),
);
const countListadePatienter = reusableQuery((db: Kysely<VgrDatabase>, hsaIds: readonly string[]) =>
  db
    .selectFrom('listning')
    .select(['vardcentral_hsa_id as vardcentralHsaId', (eb) => eb.fn.countAll<number>().as('antal')])
    .where('vardcentral_hsa_id', '=', anyOf(hsaIds))
    .groupBy('vardcentral_hsa_id'),
);

export function createVardcentralLoaders(db: Kysely<VgrDatabase>) {

  return {
    vardcentralByHsaId: createRowLoader<string, VardcentralRow>(
      (hsaIds) => selectVardcentralerByHsaId(db, hsaIds),
      (row) => row.hsaId,
    ),
    vardcentralerByKommunkod: createGroupLoader<string, VardcentralRow>(
      async (kommunkoder) =>
        (await selectVardcentralerByKommunkod(db, kommunkoder)).sort(bySwedishName),
      (row) => row.kommunkod,
    ),
    vardcentralerByNaromradeId: createGroupLoader<string, VardcentralRow>(
      async (naromradeIds) =>
        (await selectVardcentralerByNaromradeId(db, naromradeIds)).sort(bySwedishName),
      (row) => row.naromradeId,
    ),
    /**
     * Only vårdcentraler with at least one listning get a row; the resolver reads a missing row as 0. A count is
     * the same whoever asks and counting thousands of listningar was a third of PostgreSQL's time per NOSAM view,
     * so it is remembered process-wide for half a minute (common/database/recentResults.ts).
     */
    antalListadePatienter: createRecentRowLoader<string, ListadePatienterCount>(
      sharedRecentResults(db, 'antalListadePatienter'),
      (hsaIds) => countListadePatienter(db, hsaIds),
      (row) => row.vardcentralHsaId,
    ),
  };
}
