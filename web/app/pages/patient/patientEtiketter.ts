// The words staff use for the API's codes in the patient picture. Typed by the
// generated enums, so a new code in the schema fails the type check here.
import type {
  AvvikelseKategori,
  AvvikelseStatus,
  BoendeTyp,
  HemsjukvardInsatsTyp,
  HemtjanstInsatsTyp,
  NarsjukvardsteamTyp,
  Regi,
  SipStatus,
} from '../../generated/graphql.js';

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

export const boendeTypNamn: Record<BoendeTyp, string> = {
  SARSKILT_BOENDE: 'särskilt boende',
  KORTTIDSBOENDE: 'korttidsboende',
  BOSTAD_MED_SARSKILD_SERVICE: 'bostad med särskild service',
};

export const regiNamn: Record<Regi, string> = {
  KOMMUNAL: 'kommunal regi',
  PRIVAT: 'privat regi (LOV)',
};

export const teamTypNamn: Record<NarsjukvardsteamTyp, string> = {
  NARSJUKVARDSTEAM: 'Närsjukvårdsteam',
  PALLIATIVT_TEAM: 'Palliativt team',
};

export const sipStatusNamn: Record<SipStatus, string> = {
  BEHOV_UPPTACKT: 'Behov upptäckt',
  FORBEREDD: 'Förberedd',
  KALLAD: 'Kallad',
  MOTE_HALLET: 'Möte hållet',
  UPPFOLJNING: 'Uppföljning',
  AVSLUTAD: 'Avslutad',
};

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

const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** `0.5` → `0,5`: Swedish decimals for visits and hours. */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}
