// The avvikelse workflow as one pure rule: which step is legal from which
// status, and which side may take it. The receiving huvudman (where it arose)
// receives, investigates, acts, gives återkoppling or refuses; the reporting
// huvudman closes; either side may lift it as a systemfel (NOSAM, or raised to
// DELREGIONAL, never lowered) while it is neither closed nor refused. No I/O:
// hanteraAvvikelse.ts loads, calls this, and writes what it returns.
import type { GraphQLError } from 'graphql';
import { forbidden } from '../../../platform/auth/requireAccess.js';
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { containsPersonnummer } from '../../../platform/identifiers/containsPersonnummer.js';
import { containsPersonnummerError } from '../../../platform/input/freeText.js';
import type { AvvikelseHandling, AvvikelseStatus, SystemfelNiva } from '../generated/resolvers.js';

/** Which party of the avvikelse the caller acts for. */
export type AvvikelseSida = 'RAPPORTERANDE' | 'MOTTAGANDE' | 'INGEN';

export function sidaFor(huvudman: string, avvikelse: { rapporterandeHuvudman: string; mottagandeHuvudman: string }): AvvikelseSida {
  if (huvudman === avvikelse.mottagandeHuvudman) return 'MOTTAGANDE';
  if (huvudman === avvikelse.rapporterandeHuvudman) return 'RAPPORTERANDE';
  return 'INGEN';
}

export interface AvvikelseLage {
  status: AvvikelseStatus;
  systemfelNiva: SystemfelNiva | null;
}

export interface AvvikelseSteg {
  handling: AvvikelseHandling;
  sida: AvvikelseSida;
  /** Trimmed; null when none was given. */
  kommentar: string | null;
  systemfelNiva: SystemfelNiva | null;
}

/** What the step changes; the times are set by the caller (it owns the clock). */
export interface AvvikelseOvergang {
  franStatus: AvvikelseStatus;
  tillStatus: AvvikelseStatus;
  systemfelNiva: SystemfelNiva | null;
  /** Set only by AVVISA. */
  avvisadAnledning: string | null;
  satterMottagenTid: boolean;
  satterAterkoppladTid: boolean;
}

export type AvvikelseTransitionResult = { ok: true; overgang: AvvikelseOvergang } | { ok: false; refusal: GraphQLError };

interface Regel {
  fran: readonly AvvikelseStatus[];
  /** Null: the status stays. */
  till: AvvikelseStatus | null;
  sidor: readonly Exclude<AvvikelseSida, 'INGEN'>[];
  kommentarKravs: boolean;
}

const oppna: readonly AvvikelseStatus[] = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD'];

export const avvikelseRegler: Readonly<Record<AvvikelseHandling, Regel>> = {
  TA_EMOT: { fran: ['RAPPORTERAD'], till: 'MOTTAGEN', sidor: ['MOTTAGANDE'], kommentarKravs: false },
  PABORJA_UTREDNING: { fran: ['MOTTAGEN'], till: 'UNDER_UTREDNING', sidor: ['MOTTAGANDE'], kommentarKravs: false },
  MARKERA_ATGARDAD: { fran: ['UNDER_UTREDNING'], till: 'ATGARDAD', sidor: ['MOTTAGANDE'], kommentarKravs: false },
  ATERKOPPLA: { fran: ['ATGARDAD'], till: 'ATERKOPPLAD', sidor: ['MOTTAGANDE'], kommentarKravs: true },
  AVSLUTA: { fran: ['ATERKOPPLAD'], till: 'AVSLUTAD', sidor: ['RAPPORTERANDE'], kommentarKravs: false },
  AVVISA: { fran: ['RAPPORTERAD', 'MOTTAGEN'], till: 'AVVISAD', sidor: ['MOTTAGANDE'], kommentarKravs: true },
  LYFT_SOM_SYSTEMFEL: { fran: oppna, till: null, sidor: ['RAPPORTERANDE', 'MOTTAGANDE'], kommentarKravs: false },
};

/** How a step's comment is refused when it names a patient by number. */
export const kommentarPersonnummerAdvice = '. Write what happened, not who: remove it (the patient is linked separately, access-controlled).';

const sidaNamn: Record<Exclude<AvvikelseSida, 'INGEN'>, string> = { RAPPORTERANDE: 'the reporting huvudman', MOTTAGANDE: 'the receiving huvudman' };
const nivaRang: Record<SystemfelNiva, number> = { NOSAM: 1, DELREGIONAL: 2 };

function refuse(refusal: GraphQLError): AvvikelseTransitionResult {
  return { ok: false, refusal };
}

/** The new state after `steg`, or why it is refused. Checks in order: comment content, side, status, required inputs. */
export function avvikelseTransition(lage: AvvikelseLage, steg: AvvikelseSteg): AvvikelseTransitionResult {
  const { handling, sida, kommentar } = steg;
  const regel = avvikelseRegler[handling];

  if (kommentar !== null && containsPersonnummer(kommentar)) return refuse(containsPersonnummerError('input.kommentar', kommentarPersonnummerAdvice));
  if (sida === 'INGEN') {
    return refuse(forbidden(`Only the reporting or the receiving huvudman of this avvikelse may act on it (${handling}).`));
  }
  if (!regel.sidor.includes(sida)) {
    return refuse(forbidden(`${handling} is for ${regel.sidor.map((allowed) => sidaNamn[allowed]).join(' or ')}; you act for ${sidaNamn[sida]}.`));
  }
  if (!regel.fran.includes(lage.status)) {
    return refuse(
      badUserInput('TRANSITION_NOT_ALLOWED', 'input.handling', `${handling} is not allowed when the avvikelse is ${lage.status}; it needs ${regel.fran.join(' or ')}.`),
    );
  }
  if (regel.kommentarKravs && (kommentar === null || kommentar.length === 0)) {
    const what = handling === 'ATERKOPPLA' ? 'the återkoppling to the reporter' : 'the reason for refusing it';
    return refuse(badUserInput('TEXT_EMPTY', 'input.kommentar', `${handling} needs "input.kommentar": ${what}.`));
  }

  let systemfelNiva = lage.systemfelNiva;
  if (handling === 'LYFT_SOM_SYSTEMFEL') {
    if (steg.systemfelNiva === null) {
      return refuse(badUserInput('SYSTEMFEL_NIVA_MISSING', 'input.systemfelNiva', 'LYFT_SOM_SYSTEMFEL needs "input.systemfelNiva": NOSAM or DELREGIONAL.'));
    }
    if (lage.systemfelNiva !== null && nivaRang[steg.systemfelNiva] <= nivaRang[lage.systemfelNiva]) {
      return refuse(
        badUserInput(
          'TRANSITION_NOT_ALLOWED',
          'input.systemfelNiva',
          `The avvikelse is already lifted to ${lage.systemfelNiva}; it can only be raised (NOSAM → DELREGIONAL), not lifted again or lowered.`,
        ),
      );
    }
    systemfelNiva = steg.systemfelNiva;
  }

  return {
    ok: true,
    overgang: {
      franStatus: lage.status,
      tillStatus: regel.till ?? lage.status,
      systemfelNiva,
      avvisadAnledning: handling === 'AVVISA' ? kommentar : null,
      satterMottagenTid: handling === 'TA_EMOT',
      satterAterkoppladTid: handling === 'ATERKOPPLA',
    },
  };
}

export interface MojligHandling {
  handling: AvvikelseHandling;
  kommentarKravs: boolean;
  /** The levels LYFT_SOM_SYSTEMFEL can reach now; empty for other steps. */
  systemfelNivaer: SystemfelNiva[];
}

const allaNivaer: readonly SystemfelNiva[] = ['NOSAM', 'DELREGIONAL'];

/**
 * The steps `sida` may take from `lage`, read from the same rules
 * `avvikelseTransition` applies, so the user interface never holds a copy of the workflow.
 */
export function mojligaHandlingar(lage: AvvikelseLage, sida: AvvikelseSida): MojligHandling[] {
  if (sida === 'INGEN') return [];
  const mojliga: MojligHandling[] = [];
  for (const [handling, regel] of Object.entries(avvikelseRegler) as [AvvikelseHandling, Regel][]) {
    if (!regel.sidor.includes(sida) || !regel.fran.includes(lage.status)) continue;
    const systemfelNivaer =
      handling === 'LYFT_SOM_SYSTEMFEL'
        ? allaNivaer.filter((niva) => lage.systemfelNiva === null || nivaRang[niva] > nivaRang[lage.systemfelNiva])
        : [];
    if (handling === 'LYFT_SOM_SYSTEMFEL' && systemfelNivaer.length === 0) continue;
    mojliga.push({ handling, kommentarKravs: regel.kommentarKravs, systemfelNivaer });
  }
  return mojliga;
}
