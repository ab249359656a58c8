// Närområden by id, batched (entity resolution, `Query.naromrade` and the närområde of an avvikelse or SIP).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { NaromradeRow } from '../rows.js';
import { selectNaromrade } from './selectNaromrade.js';

export function createNaromradeByIdLoader(db: Kysely<SamverkanDatabase>) {
  return createRowLoader<string, NaromradeRow>(
    (ids) => selectNaromrade(db).where((eb) => eb('naromrade.id', '=', eb.fn.any(eb.val([...ids])))).execute(),
    (row) => row.id,
  );
}
