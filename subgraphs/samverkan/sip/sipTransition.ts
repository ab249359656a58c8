// The SIP process as one pure rule: behov upptäckt → förberedd → kallad →
// möte hållet → uppföljning (repeatable, each with a new follow-up date) →
// avslutad, which any open state may also reach. No I/O and no clock: the
// caller passes `today`, loads the SIP and writes what this returns.
import type { GraphQLError } from 'graphql';
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { containsPersonnummer } from '../../../platform/identifiers/containsPersonnummer.js';
import { containsPersonnummerError } from '../../../platform/input/freeText.js';
import type { SipHandling, SipStatus } from '../generated/resolvers.js';

export interface SipSteg {
  handling: SipHandling;
  /** Validated ISO date or null. */
  nastaUppfoljning: string | null;
  /** Trimmed; null when none was given. */
  kommentar: string | null;
}

export interface SipOvergang {
  franStatus: SipStatus;
  tillStatus: SipStatus;
  /** The SIP's next follow-up after the step (null once closed). */
  nastaUppfoljning: string | null;
  /** A follow-up held today, to be stored as a `sip_uppfoljning` row (FOLJ_UPP only). */
  uppfoljning: { datum: string; kommentar: string | null } | null;
}

export type SipTransitionResult = { ok: true; overgang: SipOvergang } | { ok: false; refusal: GraphQLError };

interface Regel {
  fran: readonly SipStatus[];
  till: SipStatus;
  /** HALL_MOTE: a follow-up date not in the past; FOLJ_UPP: one after today; else none needed. */
  datum: 'EJ_PASSERAT' | 'EFTER_IDAG' | null;
}

export const oppnaSipStatus: readonly SipStatus[] = ['BEHOV_UPPTACKT', 'FORBEREDD', 'KALLAD', 'MOTE_HALLET', 'UPPFOLJNING'];

export const sipRegler: Readonly<Record<SipHandling, Regel>> = {
  FORBERED: { fran: ['BEHOV_UPPTACKT'], till: 'FORBEREDD', datum: null },
  KALLA: { fran: ['FORBEREDD'], till: 'KALLAD', datum: null },
  HALL_MOTE: { fran: ['KALLAD'], till: 'MOTE_HALLET', datum: 'EJ_PASSERAT' },
  FOLJ_UPP: { fran: ['MOTE_HALLET', 'UPPFOLJNING'], till: 'UPPFOLJNING', datum: 'EFTER_IDAG' },
  AVSLUTA: { fran: oppnaSipStatus, till: 'AVSLUTAD', datum: null },
};

/** How a step's comment is refused when it names a person by number. */
export const sipKommentarPersonnummerAdvice = ': remove it (the SIP already says whose plan it is).';

function refuse(refusal: GraphQLError): SipTransitionResult {
  return { ok: false, refusal };
}

/**
 * The SIP after `steg`, or why it is refused. Checks in order: comment
 * content, status, the follow-up date. A step that needs no date keeps the
 * current one (AVSLUTA clears it); a date given to such a step is ignored.
 */
export function sipTransition(lage: { status: SipStatus; nastaUppfoljning: string | null }, steg: SipSteg, today: string): SipTransitionResult {
  const { handling, kommentar } = steg;
  const regel = sipRegler[handling];

  if (kommentar !== null && containsPersonnummer(kommentar)) return refuse(containsPersonnummerError('input.kommentar', sipKommentarPersonnummerAdvice));
  if (!regel.fran.includes(lage.status)) {
    return refuse(badUserInput('TRANSITION_NOT_ALLOWED', 'input.handling', `${handling} is not allowed when the SIP is ${lage.status}; it needs ${regel.fran.join(' or ')}.`));
  }

  let nastaUppfoljning = handling === 'AVSLUTA' ? null : lage.nastaUppfoljning;
  if (regel.datum !== null) {
    if (steg.nastaUppfoljning === null) {
      return refuse(badUserInput('DATE_MISSING', 'input.nastaUppfoljning', `${handling} needs "input.nastaUppfoljning": the next follow-up date.`));
    }
    if (regel.datum === 'EJ_PASSERAT' && steg.nastaUppfoljning < today) {
      return refuse(badUserInput('DATE_INVALID', 'input.nastaUppfoljning', '"input.nastaUppfoljning" cannot be in the past.'));
    }
    if (regel.datum === 'EFTER_IDAG' && steg.nastaUppfoljning <= today) {
      return refuse(badUserInput('DATE_INVALID', 'input.nastaUppfoljning', '"input.nastaUppfoljning" must be after today: the follow-up held today is recorded, the next one lies ahead.'));
    }
    nastaUppfoljning = steg.nastaUppfoljning;
  }

  return {
    ok: true,
    overgang: {
      franStatus: lage.status,
      tillStatus: regel.till,
      nastaUppfoljning,
      uppfoljning: handling === 'FOLJ_UPP' ? { datum: today, kommentar } : null,
    },
  };
}

/** `Sip.forsenadUppfoljning`: open and the follow-up date has passed. */
export function sipForsenad(sip: { status: SipStatus; nastaUppfoljning: string | null }, today: string): boolean {
  return sip.status !== 'AVSLUTAD' && sip.nastaUppfoljning !== null && sip.nastaUppfoljning < today;
}
