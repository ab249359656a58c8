// The kommuner of each vårdsamverkansområde, batched (`Vardsamverkansomrade.kommuner`).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';

export interface KommunIOmrade {
  kommunkod: string;
  vardsamverkansomradeId: string;
}

export function createKommunkoderByVardsamverkansomradeLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, KommunIOmrade>(
    (omradeIds) =>
      db
        .selectFrom('kommun_omrade')
        .select(['kommunkod', 'vardsamverkansomrade_id as vardsamverkansomradeId'])
        .where((eb) => eb('vardsamverkansomrade_id', '=', eb.fn.any(eb.val([...omradeIds]))))
        .orderBy('kommunkod')
        .execute(),
    (row) => row.vardsamverkansomradeId,
  );
}
