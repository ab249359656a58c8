// The next step of a SIP from the SIP-gap worklist (`hanteraSip`): which
// steps its state allows (as samverkan's rule: behov upptäckt → förberedd →
// kallad → möte hållet → uppföljning, repeatable → avslutad from any open
// state), what each needs, and the input from the form.
import type { HanteraSipInput, SipHandling, SipStatus } from '../../generated/graphql.js';
import { aktivaSipStatus } from './samordningsluckor.js';
import { laggTillDagar, type Faltfel } from './startaSip.js';

/** The forward step of each open state; AVSLUTA is allowed from all of them. */
const framat: Partial<Record<SipStatus, SipHandling>> = {
  BEHOV_UPPTACKT: 'FORBERED',
  FORBEREDD: 'KALLA',
  KALLAD: 'HALL_MOTE',
  MOTE_HALLET: 'FOLJ_UPP',
  UPPFOLJNING: 'FOLJ_UPP',
};

export const handlingNamn: Record<SipHandling, string> = {
  FORBERED: 'Förbered',
  KALLA: 'Kalla till SIP-möte',
  HALL_MOTE: 'SIP-mötet är hållet',
  FOLJ_UPP: 'Registrera uppföljning',
  AVSLUTA: 'Avsluta SIP',
};

/** The steps the API allows from `status`, the forward one first; none once closed. */
export function tillatnaSteg(status: SipStatus): SipHandling[] {
  const steg = framat[status];
  return steg ? [steg, 'AVSLUTA'] : [];
}

/** HALL_MOTE and FOLJ_UPP set the next follow-up date. */
export function kraverDatum(handling: SipHandling): boolean {
  return handling === 'HALL_MOTE' || handling === 'FOLJ_UPP';
}

/** The SIP a row's next step is for: the first active one (samverkan lists the newest first). */
export function aktivSip<S extends { status: SipStatus }>(sipar: readonly S[] | null): S | null {
  return (sipar ?? []).find((sip) => aktivaSipStatus.includes(sip.status)) ?? null;
}

export interface StegFormular {
  handling: SipHandling;
  nastaUppfoljning: string;
  kommentar: string;
}

export function tomtSteg(status: SipStatus, idag: string): StegFormular {
  return { handling: tillatnaSteg(status)[0] ?? 'AVSLUTA', nastaUppfoljning: laggTillDagar(idag, 42), kommentar: '' };
}

/** Checks the form against the SIP as last read; the input (with its version) when nothing plainly is wrong. */
export function granskaSteg(formular: StegFormular, sip: { id: string; status: SipStatus; version: number }, idag: string): { input: HanteraSipInput } | { fel: Faltfel } {
  const fel: Faltfel = {};
  if (!tillatnaSteg(sip.status).includes(formular.handling)) fel['input.handling'] = 'Steget är inte tillåtet i SIP:ens nuvarande läge. Välj ett annat.';
  const datum = kraverDatum(formular.handling);
  if (datum && !formular.nastaUppfoljning) fel['input.nastaUppfoljning'] = 'Ange datum för nästa uppföljning.';
  else if (formular.handling === 'HALL_MOTE' && formular.nastaUppfoljning < idag) fel['input.nastaUppfoljning'] = 'Uppföljningen kan inte ligga i det förflutna.';
  else if (formular.handling === 'FOLJ_UPP' && formular.nastaUppfoljning <= idag) fel['input.nastaUppfoljning'] = 'Nästa uppföljning ska ligga efter i dag.';
  if (Object.keys(fel).length > 0) return { fel };
  const kommentar = formular.kommentar.trim();
  return {
    input: {
      sipId: sip.id,
      version: sip.version,
      handling: formular.handling,
      ...(datum ? { nastaUppfoljning: formular.nastaUppfoljning } : {}),
      ...(kommentar ? { kommentar } : {}),
    },
  };
}
