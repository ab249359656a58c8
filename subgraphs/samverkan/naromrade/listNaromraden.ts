// `Query.naromraden`: all närområden, or those of one kommun and/or one
// vårdsamverkansområde. The kommunkod is validated by the caller.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';
import type { NaromradeRow } from '../rows.js';
import { selectNaromrade } from './selectNaromrade.js';
import { sortNaromraden } from './sortNaromraden.js';

export interface NaromradeUrval {
  kommunkod: string | null;
  vardsamverkansomradeId: string | null;
}

export async function listNaromraden(db: Kysely<SamverkanDatabase>, urval: NaromradeUrval): Promise<NaromradeRow[]> {
  let query = selectNaromrade(db);
  if (urval.kommunkod !== null) query = query.where('naromrade.kommunkod', '=', urval.kommunkod);
  if (urval.vardsamverkansomradeId !== null) {
    query = query.where('kommun_omrade.vardsamverkansomrade_id', '=', urval.vardsamverkansomradeId);
  }
  return sortNaromraden(await query.execute());
}
