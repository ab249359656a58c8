// Batched reads of vårdcentraler: by HSA-id, grouped by kommun and by
// närområde (sorted by name), and the number of listade patienter.
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import type { VgrDatabase } from '../database.js';
import type { VardcentralRow } from '../rows.js';
import { anyOf } from './anyOf.js';
import { bySwedishName } from '../../common/sorting/swedishOrder.js';

export interface ListadePatienterCount {
  vardcentralHsaId: string;
  antal: number;
}

export function createVardcentralLoaders(db: Kysely<VgrDatabase>) {
  const selectVardcentraler = () =>
    db
      .selectFrom('vardcentral')
      .select(['hsa_id as hsaId', 'namn', 'driftsform', 'kommunkod', 'naromrade_id as naromradeId']);

  return {
    vardcentralByHsaId: createRowLoader<string, VardcentralRow>(
      (hsaIds) => selectVardcentraler().where('hsa_id', '=', anyOf(hsaIds)).execute(),
      (row) => row.hsaId,
    ),
    vardcentralerByKommunkod: createGroupLoader<string, VardcentralRow>(
      async (kommunkoder) =>
        (await selectVardcentraler().where('kommunkod', '=', anyOf(kommunkoder)).execute()).sort(bySwedishName),
      (row) => row.kommunkod,
    ),
    vardcentralerByNaromradeId: createGroupLoader<string, VardcentralRow>(
      async (naromradeIds) =>
        (await selectVardcentraler().where('naromrade_id', '=', anyOf(naromradeIds)).execute()).sort(bySwedishName),
      (row) => row.naromradeId,
    ),
    /** Only vårdcentraler with at least one listning get a row; the resolver reads a missing row as 0. */
    antalListadePatienter: createRowLoader<string, ListadePatienterCount>(
      (hsaIds) =>
        db
          .selectFrom('listning')
          .select(['vardcentral_hsa_id as vardcentralHsaId', (eb) => eb.fn.countAll<number>().as('antal')])
          .where('vardcentral_hsa_id', '=', anyOf(hsaIds))
          .groupBy('vardcentral_hsa_id')
          .execute(),
      (row) => row.vardcentralHsaId,
    ),
  };
}
