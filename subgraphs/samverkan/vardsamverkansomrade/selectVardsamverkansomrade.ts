// The one select list for vårdsamverkansområden, so every read maps the table to
// `VardsamverkansomradeRow` the same way.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function selectVardsamverkansomrade(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('vardsamverkansomrade')
    .select(['vardsamverkansomrade.id', 'vardsamverkansomrade.namn', 'vardsamverkansomrade.sjukhus']);
}
