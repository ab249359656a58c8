// Swedish names for the schema's codes as the närområde page shows them
// (categories, boende types, round frequencies …).
import type { AtgardStatus, AvvikelseKategori, BoendeTyp, Driftsform, NarsjukvardsteamTyp, Rondfrekvens } from '../../generated/graphql.js';

export const kategoriText: Record<AvvikelseKategori, string> = {
  INFORMATIONSOVERFORING: 'Informationsöverföring',
  LAKEMEDEL: 'Läkemedel',
  IN_OCH_UTSKRIVNING: 'In- och utskrivning',
  SIP: 'SIP',
  LAKARMEDVERKAN: 'Läkarmedverkan',
  HJALPMEDEL: 'Hjälpmedel',
  VARDPLANERING: 'Vårdplanering',
  BEMOTANDE: 'Bemötande',
  OVRIGT: 'Övrigt',
};

export const boendeTypText: Record<BoendeTyp, string> = {
  SARSKILT_BOENDE: 'Särskilt boende',
  KORTTIDSBOENDE: 'Korttidsboende',
  BOSTAD_MED_SARSKILD_SERVICE: 'Bostad med särskild service',
};

export const rondfrekvensText: Record<Rondfrekvens, string> = {
  VARJE_VECKA: 'Varje vecka',
  VARANNAN_VECKA: 'Varannan vecka',
  VAR_FJARDE_VECKA: 'Var fjärde vecka',
};

export const driftsformText: Record<Driftsform, string> = {
  REGION: 'Regionen (Närhälsan)',
  PRIVAT: 'Privat',
};

export const atgardStatusText: Record<AtgardStatus, string> = {
  PLANERAD: 'Planerad',
  PAGAENDE: 'Pågående',
  KLAR: 'Klar',
};

export const teamTypText: Record<NarsjukvardsteamTyp, string> = {
  NARSJUKVARDSTEAM: 'Närsjukvårdsteam',
  PALLIATIVT_TEAM: 'Palliativt team',
};
