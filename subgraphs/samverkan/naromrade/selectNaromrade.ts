// The one select list for närområden: each row carries its kommun's
// vårdsamverkansområde, so `Naromrade.vardsamverkansomrade` needs no extra lookup.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function selectNaromrade(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('naromrade')
    .innerJoin('kommun_omrade', 'kommun_omrade.kommunkod', 'naromrade.kommunkod')
    .select([
      'naromrade.id',
      'naromrade.namn',
      'naromrade.kommunkod',
      'kommun_omrade.vardsamverkansomrade_id as vardsamverkansomradeId',
    ]);
}
