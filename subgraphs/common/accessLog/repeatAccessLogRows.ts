// When the gateway hands one subgraph answer to several identical requests in
// flight (same query, token and access ground), each of them read the data:
// the rows the first request wrote are repeated under the others' request ids.
import { sql, type Kysely } from 'kysely';
import type { Identity } from '../auth/Identity.js';
import { accessLogIdentity } from './accessLogIdentity.js';

export interface RepeatAccessLogRequest {
  /** The request whose rows are repeated (the one the subgraph answered). */
  fran: string;
  /** The requests that got the same answer; one copy of every row per entry. */
  for: readonly string[];
  /** Who asks: only rows this identity wrote are repeated. */
  identity: Identity;
}

export type RepeatAccessLogOutcome = { kind: 'repeated'; rows: number } | { kind: 'not-own-rows' };

/**
 * Copies the reads (LASNING) logged under `fran` once for each id in `for`, in
 * one INSERT through the chaining trigger, so the copies are part of the hash
 * chain like any row. Nothing is copied when any row of `fran` was written by
 * another identity (`not-own-rows`); a `fran` without rows (a request that read
 * no patient data) repeats nothing.
 */
export async function repeatAccessLogRows(db: Kysely<any>, request: RepeatAccessLogRequest): Promise<RepeatAccessLogOutcome> {
  const who = accessLogIdentity(request.identity);
  const sameIdentity = (alias: string) =>
    sql`${sql.ref(`${alias}.anvandare`)} = ${who.anvandare} AND ${sql.ref(`${alias}.organisation_hsa_id`)} = ${who.organisation_hsa_id}
      AND ${sql.ref(`${alias}.anvandarens_huvudman`)} = ${who.anvandarens_huvudman} AND ${sql.ref(`${alias}.roller`)} = ${who.roller}`;
  const inserted = await sql`
    INSERT INTO atkomstlogg (request_id, operation, anvandare, organisation_hsa_id, anvandarens_huvudman, roller, patient,
      data_huvudman, informationskategorier, atgard, grund, nodatkomst_anledning, resultat, granskas_sarskilt)
    SELECT joiner.request_id, rad.operation, rad.anvandare, rad.organisation_hsa_id, rad.anvandarens_huvudman, rad.roller, rad.patient,
      rad.data_huvudman, rad.informationskategorier, rad.atgard, rad.grund, rad.nodatkomst_anledning, rad.resultat, rad.granskas_sarskilt
    FROM atkomstlogg rad
    CROSS JOIN unnest(${[...request.for]}::text[]) WITH ORDINALITY AS joiner(request_id, ordning)
    WHERE rad.request_id = ${request.fran} AND rad.atgard = 'LASNING' AND ${sameIdentity('rad')}
      AND NOT EXISTS (SELECT 1 FROM atkomstlogg annan WHERE annan.request_id = ${request.fran} AND NOT (${sameIdentity('annan')}))
    ORDER BY joiner.ordning, rad.lopnummer`.execute(db);
  const rows = Number(inserted.numAffectedRows ?? 0n);
  if (rows > 0) return { kind: 'repeated', rows };
  const foreign = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM atkomstlogg annan WHERE annan.request_id = ${request.fran} AND NOT (${sameIdentity('annan')})`.execute(db);
  return foreign.rows[0]!.n > 0 ? { kind: 'not-own-rows' } : { kind: 'repeated', rows: 0 };
}
