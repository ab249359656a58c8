// The columns every boende loader returns, as a BoendeRow.
import type { Kysely } from 'kysely';
import type { KommunDatabase } from '../database.js';

export function selectBoenden(db: Kysely<KommunDatabase>) {
  return db
    .selectFrom('boende')
    .select(['id', 'namn', 'typ', 'kommunkod', 'naromrade_id as naromradeId', 'antal_platser as antalPlatser']);
}
