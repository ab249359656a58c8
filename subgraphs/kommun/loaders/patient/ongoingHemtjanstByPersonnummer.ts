// Each patient's ongoing hemtjänst beslut (batched).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../../common/database/loaders.js';
import { reusableQuery } from '../../../common/database/reusableQuery.js';
import type { KommunDatabase } from '../../database.js';
import type { HemtjanstBeslutRow } from '../../rows.js';
import { isOngoingPeriod } from '../ongoingInsats.js';

const selectOngoingHemtjanst = reusableQuery((db: Kysely<KommunDatabase>, personnummer: readonly string[], today: string) =>
  db
    .selectFrom('hemtjanst_beslut')
    // A new beslut usually supersedes the old one; should both be in force, the newest is shown.
    .distinctOn('personnummer')
    .select([
      'id',
      'personnummer',
      'kommunkod',
      'beslutsdatum',
      'giltig_till as giltigTill',
      'beviljade_timmar_per_manad as beviljadeTimmarPerManad',
      'utforare_namn as utforareNamn',
      'utforare_regi as utforareRegi',
      'insatser',
    ])
    .where((eb) => eb('personnummer', '=', eb.fn.any(eb.val(personnummer))))
    .where(isOngoingPeriod('hemtjanst_beslut.beslutsdatum', 'hemtjanst_beslut.giltig_till', today))
    .orderBy('personnummer')
    .orderBy('beslutsdatum', 'desc')
    .orderBy('id', 'desc'),
);

export function createOngoingHemtjanstByPersonnummerLoader(db: Kysely<KommunDatabase>, today: string) {
  return createRowLoader<string, HemtjanstBeslutRow>(
    (personnummer) => selectOngoingHemtjanst(db, personnummer, today),
    (row) => row.personnummer,
  );
}
