// The words staff use for the API's codes, for every page. Typed by the
// generated enums, so a new code in the schema fails the type check here.
import type {
  AtgardStatus,
  AvvikelseHandling,
  AvvikelseKategori,
  AvvikelseStatus,
  BoendeTyp,
  Driftsform,
  HemsjukvardInsatsTyp,
  HemtjanstInsatsTyp,
  NarsjukvardsteamTyp,
  Regi,
  Rondfrekvens,
  SipStatus,
  SystemfelNiva,
} from '../generated/graphql.js';

/** In the routine's order, which pages also use to order categories. */
export const avvikelseKategoriNamn: Record<AvvikelseKategori, string> = {
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

export const avvikelseStatusNamn: Record<AvvikelseStatus, string> = {
  RAPPORTERAD: 'Rapporterad',
  MOTTAGEN: 'Mottagen',
  UNDER_UTREDNING: 'Under utredning',
  ATGARDAD: 'Åtgärdad',
  ATERKOPPLAD: 'Återkopplad',
  AVSLUTAD: 'Avslutad',
  AVVISAD: 'Avvisad',
};

/** A workflow step as a button or history line names it. */
export const avvikelseHandlingNamn: Record<AvvikelseHandling, string> = {
  TA_EMOT: 'Ta emot',
  PABORJA_UTREDNING: 'Påbörja utredning',
  MARKERA_ATGARDAD: 'Markera åtgärdad',
  ATERKOPPLA: 'Återkoppla',
  AVSLUTA: 'Avsluta',
  AVVISA: 'Avvisa',
  LYFT_SOM_SYSTEMFEL: 'Lyft som systemfel',
};

/** The history also holds the report itself, stored as RAPPORTERA. */
export function handelseNamn(handling: string): string {
  if (handling === 'RAPPORTERA') return 'Rapporterad';
  return (avvikelseHandlingNamn as Record<string, string>)[handling] ?? handling;
}

export const systemfelNivaNamn: Record<SystemfelNiva, string> = {
  NOSAM: 'NOSAM (lokalt, närområdet)',
  DELREGIONAL: 'Delregionalt (vårdsamverkansområdet)',
};

export const sipStatusNamn: Record<SipStatus, string> = {
  BEHOV_UPPTACKT: 'Behov upptäckt',
  FORBEREDD: 'Förberedd',
  KALLAD: 'Kallad',
  MOTE_HALLET: 'Möte hållet',
  UPPFOLJNING: 'Uppföljning',
  AVSLUTAD: 'Avslutad',
};

export const boendeTypNamn: Record<BoendeTyp, string> = {
  SARSKILT_BOENDE: 'Särskilt boende',
  KORTTIDSBOENDE: 'Korttidsboende',
  BOSTAD_MED_SARSKILD_SERVICE: 'Bostad med särskild service',
};

export const hemsjukvardInsatsNamn: Record<HemsjukvardInsatsTyp, string> = {
  LAKEMEDELSHANTERING: 'Läkemedelshantering',
  SARVARD: 'Sårvård',
  PROVTAGNING: 'Provtagning',
  REHABILITERING: 'Rehabilitering',
  PALLIATIV_VARD: 'Palliativ vård',
  KATETERVARD: 'Katetervård',
  DIABETESVARD: 'Diabetesvård',
};

export const hemtjanstInsatsNamn: Record<HemtjanstInsatsTyp, string> = {
  SERVICE: 'Service',
  PERSONLIG_OMSORG: 'Personlig omsorg',
  TRYGGHETSLARM: 'Trygghetslarm',
  NATTILLSYN: 'Nattillsyn',
  MATDISTRIBUTION: 'Matdistribution',
  LEDSAGNING: 'Ledsagning',
};

export const regiNamn: Record<Regi, string> = {
  KOMMUNAL: 'kommunal regi',
  PRIVAT: 'privat regi (LOV)',
};

export const teamTypNamn: Record<NarsjukvardsteamTyp, string> = {
  NARSJUKVARDSTEAM: 'Närsjukvårdsteam',
  PALLIATIVT_TEAM: 'Palliativt team',
};

export const rondfrekvensNamn: Record<Rondfrekvens, string> = {
  VARJE_VECKA: 'Varje vecka',
  VARANNAN_VECKA: 'Varannan vecka',
  VAR_FJARDE_VECKA: 'Var fjärde vecka',
};

export const driftsformNamn: Record<Driftsform, string> = {
  REGION: 'Regionen (Närhälsan)',
  PRIVAT: 'Privat',
};

export const atgardStatusNamn: Record<AtgardStatus, string> = {
  PLANERAD: 'Planerad',
  PAGAENDE: 'Pågående',
  KLAR: 'Klar',
};
