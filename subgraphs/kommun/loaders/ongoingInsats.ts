// What "ongoing" means for the kommun's insatser, in one place so that the
// patient fields, the occupied places and the närområde counts agree: a period
// has begun on or before today and its last day (if any) is today or later.
import { sql, type RawBuilder } from 'kysely';

/** `start <= today AND (end IS NULL OR end >= today)` for two date columns (qualified names allowed). */
export function isOngoingPeriod(startColumn: string, endColumn: string, today: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(startColumn)} <= ${today} AND (${sql.ref(endColumn)} IS NULL OR ${sql.ref(endColumn)} >= ${today}))`;
}

/**
 * True when the person in `personnummerColumn` has any ongoing kommun insats:
 * a hemsjukvård inskrivning, a hemtjänst beslut or a boende stay.
 */
export function hasOngoingKommuninsats(personnummerColumn: string, today: string): RawBuilder<boolean> {
  const personnummer = sql.ref(personnummerColumn);
  return sql<boolean>`(
    EXISTS (SELECT 1 FROM hemsjukvard_inskrivning AS inskrivning
            WHERE inskrivning.personnummer = ${personnummer}
              AND ${isOngoingPeriod('inskrivning.inskriven_fran', 'inskrivning.utskriven_datum', today)})
    OR EXISTS (SELECT 1 FROM hemtjanst_beslut AS beslut
               WHERE beslut.personnummer = ${personnummer}
                 AND ${isOngoingPeriod('beslut.beslutsdatum', 'beslut.giltig_till', today)})
    OR EXISTS (SELECT 1 FROM boende_vistelse AS vistelse
               WHERE vistelse.personnummer = ${personnummer}
                 AND ${isOngoingPeriod('vistelse.fran', 'vistelse.till', today)})
  )`;
}
