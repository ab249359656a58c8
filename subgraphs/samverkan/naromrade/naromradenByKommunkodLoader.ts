// The närområden of each kommun, batched (`Kommun.naromraden`).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { NaromradeRow } from '../rows.js';
import { selectNaromrade } from './selectNaromrade.js';
import { sortNaromraden } from './sortNaromraden.js';

export function createNaromradenByKommunkodLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, NaromradeRow>(
    async (kommunkoder) =>
      sortNaromraden(
        await selectNaromrade(db).where((eb) => eb('naromrade.kommunkod', '=', eb.fn.any(eb.val([...kommunkoder])))).execute(),
      ),
    (row) => row.kommunkod,
  );
}
