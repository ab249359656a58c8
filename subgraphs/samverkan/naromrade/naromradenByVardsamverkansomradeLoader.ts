// The närområden of each vårdsamverkansområde, batched (`Vardsamverkansomrade.naromraden`).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { NaromradeRow } from '../rows.js';
import { selectNaromrade } from './selectNaromrade.js';
import { sortNaromraden } from './sortNaromraden.js';

export function createNaromradenByVardsamverkansomradeLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, NaromradeRow>(
    async (omradeIds) =>
      sortNaromraden(
        await selectNaromrade(db)
          .where((eb) => eb('kommun_omrade.vardsamverkansomrade_id', '=', eb.fn.any(eb.val([...omradeIds]))))
          .execute(),
      ),
    (row) => row.vardsamverkansomradeId,
  );
}
