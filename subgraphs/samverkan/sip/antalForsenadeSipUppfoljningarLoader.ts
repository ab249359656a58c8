// How many open SIPs of each närområde have a follow-up date before `today`,
// batched: one query for all närområden of a request. Only a count leaves the
// database (no personnummer, no SIP), so no patient-level read is logged.
import type { Kysely } from 'kysely';
import DataLoader from 'dataloader';
import type { SamverkanDatabase } from '../database.js';
import { whereSipForsenad } from './whereSipForsenad.js';

export function createAntalForsenadeSipUppfoljningarLoader(db: Kysely<SamverkanDatabase>, today: string) {
  return new DataLoader<string, number>(async (naromradeIds) => {
    const rows = await db
      .selectFrom('sip')
      .select(['sip.naromrade_id as naromradeId', (eb) => eb.fn.countAll<string | number>().as('antal')])
      .where((eb) => eb('sip.naromrade_id', '=', eb.fn.any(eb.val([...naromradeIds]))))
      .where(whereSipForsenad(today))
      .groupBy('sip.naromrade_id')
      .execute();
    const byNaromrade = new Map(rows.map((row) => [row.naromradeId, Number(row.antal)]));
    return naromradeIds.map((id) => byNaromrade.get(id) ?? 0);
  });
}
