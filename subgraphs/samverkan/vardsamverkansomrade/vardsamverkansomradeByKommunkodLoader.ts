// The vårdsamverkansområde of each kommun, batched (`Kommun.vardsamverkansomrade`).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { VardsamverkansomradeRow } from '../rows.js';
import { selectVardsamverkansomrade } from './selectVardsamverkansomrade.js';

export type KommunensVardsamverkansomrade = VardsamverkansomradeRow & { kommunkod: string };

export function createVardsamverkansomradeByKommunkodLoader(db: Kysely<SamverkanDatabase>) {
  return createRowLoader<string, KommunensVardsamverkansomrade>(
    (kommunkoder) =>
      selectVardsamverkansomrade(db)
        .innerJoin('kommun_omrade', 'kommun_omrade.vardsamverkansomrade_id', 'vardsamverkansomrade.id')
        .select('kommun_omrade.kommunkod')
        .where((eb) => eb('kommun_omrade.kommunkod', '=', eb.fn.any(eb.val([...kommunkoder]))))
        .execute(),
    (row) => row.kommunkod,
  );
}
