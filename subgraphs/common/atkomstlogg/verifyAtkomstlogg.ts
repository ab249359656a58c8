// Walks the hash chain of the access log and reports the first broken link:
// a row whose content no longer matches its hash (changed), whose link does
// not match the row before (inserted or reordered), or a gap in the numbering
// (removed). Done in SQL with the same hash function the insert trigger uses.
import { sql, type Kysely } from 'kysely';

export type ChainFault = 'RAD_ANDRAD' | 'KEDJAN_BRUTEN' | 'RAD_SAKNAS';

export interface AtkomstloggVerification {
  kontrolleradeRader: number;
  hel: boolean;
  forstaFelLopnummer: number | null;
  fel: ChainFault | null;
}

export async function verifyAtkomstlogg(db: Kysely<any>): Promise<AtkomstloggVerification> {
  const result = await sql<{ rader: number; lopnummer: number | null; fel: ChainFault | null }>`
    WITH kedja AS (
      SELECT
        lopnummer,
        hash,
        foregaende_hash,
        atkomstlogg_radhash(a) AS beraknad,
        lag(hash) OVER (ORDER BY lopnummer) AS foregaende_faktisk,
        lag(lopnummer) OVER (ORDER BY lopnummer) AS foregaende_lopnummer
      FROM atkomstlogg a
    ),
    fel AS (
      SELECT
        lopnummer,
        CASE
          WHEN lopnummer <> coalesce(foregaende_lopnummer, 0) + 1 THEN 'RAD_SAKNAS'
          WHEN foregaende_hash <> coalesce(foregaende_faktisk, 'GENESIS') THEN 'KEDJAN_BRUTEN'
          WHEN beraknad <> hash THEN 'RAD_ANDRAD'
        END AS fel
      FROM kedja
    )
    SELECT
      (SELECT count(*) FROM atkomstlogg)::int AS rader,
      (SELECT lopnummer FROM fel WHERE fel IS NOT NULL ORDER BY lopnummer LIMIT 1)::int AS lopnummer,
      (SELECT fel FROM fel WHERE fel IS NOT NULL ORDER BY lopnummer LIMIT 1) AS fel
  `.execute(db);
  const row = result.rows[0]!;
  return {
    kontrolleradeRader: Number(row.rader),
    hel: row.fel === null,
    forstaFelLopnummer: row.lopnummer === null ? null : Number(row.lopnummer),
    fel: row.fel,
  };
}
