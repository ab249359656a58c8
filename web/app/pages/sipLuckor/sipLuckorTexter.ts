// The words the SIP-gap worklist uses for the API's codes and its own
// outcomes, and the short forms of a patient's insatser shown in a table cell.
import { boendeTypNamn, hemsjukvardInsatsNamn, hemtjanstInsatsNamn, sipStatusNamn } from '../../format/kodnamn.js';
import type { BoendeTyp, HemsjukvardInsatsTyp, HemtjanstInsatsTyp, SipStatus } from '../../generated/graphql.js';
import type { UnreadReason } from './partRead.js';
import { aktivaSipStatus, type Samordningslucka } from './samordningsluckor.js';

export const luckaNamn: Record<Samordningslucka, string> = {
  INGEN_AKTIV_SIP: 'Ingen aktiv SIP',
  FORSENAD_UPPFOLJNING: 'Försenad uppföljning',
  INGEN_FAST_LAKARKONTAKT: 'Ingen fast läkarkontakt',
};

/**
 * A number card's figure: how many have the gap, where patients whose check
 * could not be made are never counted as without it — so a count with unknown
 * patients is "minst N", and with none found it is "Okänt", never a bare 0.
 */
export function kortSiffra({ med, okant }: { med: number; okant: number }): string {
  if (okant === 0) return String(med);
  return med === 0 ? 'Okänt' : `minst ${med}`;
}

/** For a number card: "30 utan aktiv SIP". */
export const utanNamn: Record<Samordningslucka, string> = {
  INGEN_AKTIV_SIP: 'utan aktiv SIP',
  FORSENAD_UPPFOLJNING: 'med försenad SIP-uppföljning',
  INGEN_FAST_LAKARKONTAKT: 'utan fast läkarkontakt',
};

export const okandNamn: Record<Samordningslucka, string> = {
  INGEN_AKTIV_SIP: 'SIP',
  FORSENAD_UPPFOLJNING: 'SIP-uppföljning',
  INGEN_FAST_LAKARKONTAKT: 'fast läkarkontakt',
};

export const orsakNamn: Record<UnreadReason, string> = {
  KRAVER_ATKOMSTGRUND: 'kräver åtkomstgrund',
  NEKAD: 'nekad',
  SPARRAD: 'döljs av spärr',
  EJ_TILLGANGLIGT: 'ej tillgängligt',
  FEL: 'okänt (fel)',
};

/** E.g. "Hemsjukvård: läkemedel, sårvård" (each kind once, in the schema's order). */
export function beskrivHemsjukvard(insatser: readonly { typ: HemsjukvardInsatsTyp }[]): string {
  const typer = (Object.keys(hemsjukvardInsatsNamn) as HemsjukvardInsatsTyp[]).filter((typ) => insatser.some((insats) => insats.typ === typ));
  return typer.length === 0 ? 'Hemsjukvård' : `Hemsjukvård: ${typer.map((typ) => hemsjukvardInsatsNamn[typ].toLowerCase()).join(', ')}`;
}

/** E.g. "Hemtjänst 12,5 tim/mån: service, trygghetslarm". */
export function beskrivHemtjanst(beslut: { beviljadeTimmarPerManad: number; insatser: readonly HemtjanstInsatsTyp[] }): string {
  const timmar = beslut.beviljadeTimmarPerManad.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  const insatser = beslut.insatser.map((typ) => hemtjanstInsatsNamn[typ].toLowerCase()).join(', ');
  return `Hemtjänst ${timmar} tim/mån${insatser ? `: ${insatser}` : ''}`;
}

/** E.g. "Boende: Vård- och omsorgsboende Asphagen (särskilt boende)". */
export function beskrivBoende(boende: { namn: string; typ: BoendeTyp }): string {
  return `Boende: ${boende.namn} (${boendeTypNamn[boende.typ].toLowerCase()})`;
}

/**
 * The SIP state in one phrase: the first active SIP's status (samverkan lists
 * the newest first), else whether closed ones exist.
 */
export function beskrivSipar(sipar: readonly { status: SipStatus }[]): string {
  const aktiv = sipar.find((sip) => aktivaSipStatus.includes(sip.status));
  if (aktiv) return sipStatusNamn[aktiv.status];
  return sipar.length === 0 ? 'Ingen SIP' : `Ingen aktiv (${sipar.length === 1 ? 'en avslutad' : `${sipar.length} avslutade`})`;
}
