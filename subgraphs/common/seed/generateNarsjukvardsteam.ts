// Mobil närvård run by the hospitals: one närsjukvårdsteam per hospital
// serving its vårdsamverkansområde (plus Angereds närsjukhus in Göteborg),
// and palliativa team at four of them.
import { loadVardsamverkansomraden } from '../../../platform/reference/kommuner.js';
import { slugify } from './slugify.js';
import { required, type SeedContext } from './seedContext.js';
import type { NarsjukvardsteamSeed } from './World.js';

interface HospitalTeams {
  idSuffix: string;
  shortName: string;
  palliativt: boolean;
}

// Keyed by the hospital names in data/kommuner.csv.
const hospitals: Readonly<Record<string, HospitalTeams>> = {
  'Sahlgrenska Universitetssjukhuset': { idSuffix: 'sahlgrenska', shortName: 'Sahlgrenska', palliativt: true },
  'Kungälvs sjukhus': { idSuffix: 'kungalv', shortName: 'Kungälv', palliativt: false },
  'Alingsås lasarett': { idSuffix: 'alingsas', shortName: 'Alingsås', palliativt: false },
  'Södra Älvsborgs sjukhus': { idSuffix: 'sas', shortName: 'SÄS', palliativt: true },
  'NU-sjukvården': { idSuffix: 'nu', shortName: 'NU-sjukvården', palliativt: true },
  'Skaraborgs sjukhus': { idSuffix: 'skaraborg', shortName: 'Skaraborg', palliativt: true },
};

const goteborg = '1480';
export const angeredTeamId = 'nst-angered';
// Angereds närsjukhus serves Göteborg's north-east; the rest of the city goes to Sahlgrenska.
const angeredNaromraden = new Set(['1480-angered', '1480-ostra-goteborg']);

export function generateNarsjukvardsteam(context: SeedContext): void {
  const teams: NarsjukvardsteamSeed[] = [];
  for (const omrade of loadVardsamverkansomraden()) {
    const hospital = hospitals[omrade.sjukhus] ?? { idSuffix: slugify(omrade.sjukhus), shortName: omrade.sjukhus, palliativt: false };
    teams.push({
      id: `nst-${hospital.idSuffix}`,
      namn: `Närsjukvårdsteam ${hospital.shortName}`,
      sjukhus: omrade.sjukhus,
      typ: 'NARSJUKVARDSTEAM',
      kommunkoder: [...omrade.kommunkoder],
    });
    if (hospital.palliativt) {
      teams.push({
        id: `pal-${hospital.idSuffix}`,
        namn: `Palliativt team ${hospital.shortName}`,
        sjukhus: omrade.sjukhus,
        typ: 'PALLIATIVT_TEAM',
        kommunkoder: [...omrade.kommunkoder],
      });
    }
  }
  teams.push({
    id: angeredTeamId,
    namn: 'Närsjukvårdsteam Angered',
    sjukhus: 'Angereds närsjukhus',
    typ: 'NARSJUKVARDSTEAM',
    kommunkoder: [goteborg],
  });
  teams.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  context.world.vgr.narsjukvardsteam.push(...teams);
  for (const team of teams) context.narsjukvardsteamById.set(team.id, team);
}

/** The teams a patient living in the närområde can be enrolled with. */
export function teamsForNaromrade(
  context: SeedContext,
  naromradeId: string,
): { narsjukvardsteam: NarsjukvardsteamSeed; palliativt: NarsjukvardsteamSeed | undefined } {
  const { kommunkod } = required(context.naromradeById, naromradeId, 'närområde').naromrade;
  const serving = context.world.vgr.narsjukvardsteam.filter((team) => team.kommunkoder.includes(kommunkod));
  const narsjukvardsteam = angeredNaromraden.has(naromradeId)
    ? required(context.narsjukvardsteamById, angeredTeamId, 'team')
    : serving.find((team) => team.typ === 'NARSJUKVARDSTEAM' && team.id !== angeredTeamId);
  if (!narsjukvardsteam) throw new Error(`Seed generator: no närsjukvårdsteam serves kommun ${kommunkod}.`);
  return { narsjukvardsteam, palliativt: serving.find((team) => team.typ === 'PALLIATIVT_TEAM') };
}
