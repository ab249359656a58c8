// The difference between two versions of a närområdesplan: its boendeansvar
// rows matched by boende, its åtgärder by the id they were first agreed under,
// each field compared in the text form the API gives it. The server computes it,
// not the web application: the versions' rows live in samverkan's database, and
// the NOSAM page and integrations asking "what changed since version N" then get
// one answer by one rule. Boende, vårdcentral and läkare are compared by id;
// their names belong to the kommun and the region and are asked by the client.
import type { AtgardFalt, BoendeansvarFalt } from '../generated/resolvers.js';
import type { AtgardRow, BoendeansvarRow } from '../rows.js';
import { originalAtgardId } from './atgardId.js';
import { radskillnad, type Faltlasare, type Radskillnad } from './radskillnad.js';

/** The fields compared, in the order BoendeansvarFalt lists them (the order the changes are given in). */
const boendeansvarFalt: Faltlasare<BoendeansvarRow, BoendeansvarFalt> = {
  VARDCENTRAL: (row) => row.vardcentralHsaId,
  LAKARE: (row) => row.lakareHsaId,
  LAKARMEDVERKAN_TIMMAR_PER_VECKA: (row) => String(row.lakarmedverkanTimmarPerVecka),
  RONDFREKVENS: (row) => row.rondfrekvens,
  KONTAKTPERSON_NAMN: (row) => row.kontaktpersonNamn,
  KONTAKTPERSON_TELEFON: (row) => row.kontaktpersonTelefon,
};

const atgardFalt: Faltlasare<AtgardRow, AtgardFalt> = {
  BESKRIVNING: (row) => row.beskrivning,
  AGARE: (row) => row.agare,
  ANSVARIG_ENHET: (row) => row.ansvarigEnhet,
  SISTA_DATUM: (row) => row.sistaDatum,
  STATUS: (row) => row.status,
};

export interface PlanInnehall {
  boendeansvar: readonly BoendeansvarRow[];
  atgarder: readonly AtgardRow[];
}

export interface PlanSkillnad {
  boendeansvar: Radskillnad<BoendeansvarRow, BoendeansvarFalt>;
  atgarder: Radskillnad<AtgardRow, AtgardFalt>;
}

export function planSkillnad(fran: PlanInnehall, till: PlanInnehall): PlanSkillnad {
  return {
    boendeansvar: radskillnad(fran.boendeansvar, till.boendeansvar, (row) => row.boendeId, boendeansvarFalt),
    atgarder: radskillnad(fran.atgarder, till.atgarder, (row) => originalAtgardId(row.id), atgardFalt),
  };
}
