// Vårdsamverkansområden by id, batched (entity resolution and the area of a närområde or avvikelse).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { VardsamverkansomradeRow } from '../rows.js';
import { selectVardsamverkansomrade } from './selectVardsamverkansomrade.js';

export function createVardsamverkansomradeByIdLoader(db: Kysely<SamverkanDatabase>) {
  return createRowLoader<string, VardsamverkansomradeRow>(
    (ids) => selectVardsamverkansomrade(db).where((eb) => eb('vardsamverkansomrade.id', '=', eb.fn.any(eb.val([...ids])))).execute(),
    (row) => row.id,
  );
}
