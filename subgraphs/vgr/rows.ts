// What the resolvers of each GraphQL object type receive as parent: the
// mapper targets of codegen.ts. Entities owned by another subgraph (Kommun,
// Naromrade, Patient) are just their key; their fields come from loaders.

/** A patient's log extract: its key only, shared by every subgraph that contributes to it. */
export type { LoggutdragRow } from '../../platform/atkomstlogg/loggutdrag.js';

export interface VardcentralRow {
  hsaId: string;
  namn: string;
  driftsform: 'REGION' | 'PRIVAT';
  kommunkod: string;
  naromradeId: string;
  antalListade: number | null;
}

export interface LakareRow {
  hsaId: string;
  namn: string;
  vardcentralHsaId: string;
}

export interface NarsjukvardsteamRow {
  id: string;
  namn: string;
  sjukhus: string;
  typ: 'NARSJUKVARDSTEAM' | 'PALLIATIVT_TEAM';
}

export interface KommunRow {
  kod: string;
}

/** A boende as the gateway hands it over, with what the region's count needs; either part is absent when unavailable. */
export interface BoendeRow {
  id: string;
  invanarnasPseudonymer: string | null;
  ansvarigVardcentralHsaId: string | null;
}

export interface NaromradeRow {
  id: string;
}

export interface PatientRow {
  /** Personnummer or samordningsnummer, already validated. */
  id: string;
}

export interface ListningRow {
  personnummer: string;
  vardcentralHsaId: string;
  listadSedan: string;
}

export interface FastLakarkontaktRow {
  personnummer: string;
  lakareHsaId: string;
  fran: string;
}

export interface NarsjukvardsteamEpisodRow {
  id: string;
  personnummer: string;
  teamId: string;
  startdatum: string;
  slutdatum: string | null;
  orsak: string;
}
