// The kommun subgraph's tables as Kysely sees them (snake_case, as in
// migrations/*.sql). Every table carries the kommunkod of the kommun that
// holds the row, since each kommun is a huvudman of its own. The shared
// access log (atkomstlogg) is typed in common/atkomstlogg/atkomstloggTable.ts.
import type { Generated } from 'kysely';
import type { AtkomstloggDatabase } from '../common/atkomstlogg/atkomstloggTable.js';
import type { BoendeTyp, HemsjukvardInsatsTyp, HemtjanstInsatsTyp, Regi } from './generated/resolvers.js';

/** ISO date `YYYY-MM-DD`: the database layer returns dates as strings. */
type IsoDate = string;

export interface KommunTable {
  kommunkod: string;
  namn: string;
  kommunalforbund: string;
}

export interface BoendeTable {
  id: string;
  namn: string;
  kommunkod: string;
  naromrade_id: string | null;
  typ: BoendeTyp;
  antal_platser: number;
}

export interface PatientTable {
  personnummer: string;
  kommunkod: string;
  naromrade_id: string;
}

export interface HemsjukvardInskrivningTable {
  id: string;
  personnummer: string;
  kommunkod: string;
  inskriven_fran: IsoDate;
  utskriven_datum: IsoDate | null;
  sjukskoterska_hsa_id: string;
  sjukskoterska_namn: string;
}

export interface HemsjukvardInsatsTable {
  inskrivning_id: string;
  kommunkod: string;
  typ: HemsjukvardInsatsTyp;
  besok_per_vecka: number;
}

export interface HemtjanstBeslutTable {
  id: string;
  personnummer: string;
  kommunkod: string;
  beslutsdatum: IsoDate;
  giltig_till: IsoDate | null;
  beviljade_timmar_per_manad: number;
  utforare_namn: string;
  utforare_regi: Regi;
  insatser: HemtjanstInsatsTyp[];
}

export interface BoendeVistelseTable {
  id: string;
  personnummer: string;
  boende_id: string;
  kommunkod: string;
  fran: IsoDate;
  till: IsoDate | null;
}

/** A patient's spärr at one kommun (migrations/002_sparr.sql). */
export interface SparrTable {
  personnummer: string;
  kommunkod: string;
  registrerad_tid: Generated<string>;
  registrerad_av: string;
}

export interface KommunDatabase extends AtkomstloggDatabase {
  kommun: KommunTable;
  boende: BoendeTable;
  patient: PatientTable;
  hemsjukvard_inskrivning: HemsjukvardInskrivningTable;
  hemsjukvard_insats: HemsjukvardInsatsTable;
  hemtjanst_beslut: HemtjanstBeslutTable;
  boende_vistelse: BoendeVistelseTable;
  sparr: SparrTable;
}
