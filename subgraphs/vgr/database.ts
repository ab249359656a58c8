// The region's tables as Kysely sees them: column names as in
// migrations/*.sql; dates come back as `YYYY-MM-DD` strings, instants as ISO strings.
// The shared `atkomstlogg` table is typed in common/atkomstlogg/atkomstloggTable.ts.
import type { Generated } from 'kysely';

export interface VgrDatabase {
  vardcentral: VardcentralTable;
  lakare: LakareTable;
  narsjukvardsteam: NarsjukvardsteamTable;
  narsjukvardsteam_kommun: NarsjukvardsteamKommunTable;
  listning: ListningTable;
  fast_lakarkontakt: FastLakarkontaktTable;
  narsjukvardsteam_episod: NarsjukvardsteamEpisodTable;
  sparr: SparrTable;
}

export interface VardcentralTable {
  hsa_id: string;
  namn: string;
  kommunkod: string;
  naromrade_id: string;
  driftsform: 'REGION' | 'PRIVAT';
  /** Everyone listed there (listningsstatistik); null until reported. */
  antal_listade: number | null;
}

export interface LakareTable {
  hsa_id: string;
  namn: string;
  vardcentral_hsa_id: string;
}

export interface NarsjukvardsteamTable {
  id: string;
  namn: string;
  sjukhus: string;
  typ: 'NARSJUKVARDSTEAM' | 'PALLIATIVT_TEAM';
}

/** Which kommuner a team serves. */
export interface NarsjukvardsteamKommunTable {
  team_id: string;
  kommunkod: string;
}

export interface ListningTable {
  personnummer: string;
  vardcentral_hsa_id: string;
  listad_sedan: string;
  /** Latest visit at the vårdcentral (migration 004); null when none is recorded. */
  senaste_vardkontakt: string | null;
}

export interface FastLakarkontaktTable {
  personnummer: string;
  lakare_hsa_id: string;
  fran: string;
}

export interface NarsjukvardsteamEpisodTable {
  id: string;
  personnummer: string;
  team_id: string;
  startdatum: string;
  slutdatum: string | null;
  orsak: string;
}

/** A patient's spärr at the region (migrations/002_sparr.sql). */
export interface SparrTable {
  personnummer: string;
  registrerad_tid: Generated<string>;
  /** Employee HSA-id of the vårdpersonal who registered it. */
  registrerad_av: string;
}
