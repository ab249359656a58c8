// The boenden with a responsible vårdcentral in each närområde's plan in force
// on `today`, batched: one query for all närområden of a request (`Naromrade.boendenUtanAnsvar`).
import type { Kysely } from 'kysely';
import DataLoader from 'dataloader';
import type { SamverkanDatabase } from '../database.js';
import { selectBoendeansvarInForce } from './selectBoendeansvar.js';

export function createBoendeIdsInForceByNaromradeLoader(db: Kysely<SamverkanDatabase>, today: string) {
  return new DataLoader<string, string[]>(async (naromradeIds) => {
    const rows = await selectBoendeansvarInForce(db, today)
      .select('naromradesplan.naromrade_id as naromradeId')
      .where((eb) => eb('naromradesplan.naromrade_id', '=', eb.fn.any(eb.val([...naromradeIds]))))
      .execute();
    const byNaromrade = new Map<string, string[]>();
    for (const row of rows) {
      const ids = byNaromrade.get(row.naromradeId);
      if (ids) ids.push(row.boendeId);
      else byNaromrade.set(row.naromradeId, [row.boendeId]);
    }
    return naromradeIds.map((id) => byNaromrade.get(id) ?? []);
  });
}
