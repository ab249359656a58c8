// The Kysely shape of the shared `atkomstlogg` table (migrations/001_atkomstlogg.sql).
import type { Generated } from 'kysely';

export interface AtkomstloggTable {
  lopnummer: Generated<number>;
  tid: Generated<string>;
  request_id: string;
  operation: string | null;
  anvandare: string;
  organisation_hsa_id: string;
  anvandarens_huvudman: string;
  roller: string;
  patient: string;
  data_huvudman: string;
  informationskategorier: string;
  atgard: 'LASNING' | 'SKRIVNING';
  grund: 'EGEN_VARDRELATION' | 'SAMTYCKE' | 'NODATKOMST' | null;
  nodatkomst_anledning: string | null;
  resultat: 'TILLATEN' | 'NEKAD' | 'FILTRERAD';
  granskas_sarskilt: boolean;
  /** Set by the insert trigger. */
  foregaende_hash: Generated<string>;
  /** Set by the insert trigger. */
  hash: Generated<string>;
}

export interface AtkomstloggDatabase {
  atkomstlogg: AtkomstloggTable;
}

export const atkomstloggMigrationsUrl = new URL('./migrations/', import.meta.url);
