// The SIP-gap rule: from what could be read about one patient with insatser
// from both huvudmän, which coordination gaps they have. A check whose data
// could not be read is OKANT — never a gap, never fine.
import type { SipStatus } from '../../generated/graphql.js';
import type { PartRead, UnreadReason } from './partRead.js';

export type Samordningslucka = 'INGEN_AKTIV_SIP' | 'FORSENAD_UPPFOLJNING' | 'INGEN_FAST_LAKARKONTAKT';

export type Utfall = { utfall: 'LUCKA' } | { utfall: 'OK' } | { utfall: 'OKANT'; reason: UnreadReason };

export interface Samordningsbedomning {
  /** Each check with its outcome. */
  kontroller: Record<Samordningslucka, Utfall>;
  /** The gaps found, in the order of `samordningsluckor`. */
  luckor: Samordningslucka[];
  /** The checks that could not be made. */
  okanda: Samordningslucka[];
}

export const samordningsluckor: readonly Samordningslucka[] = ['INGEN_AKTIV_SIP', 'FORSENAD_UPPFOLJNING', 'INGEN_FAST_LAKARKONTAKT'];

/**
 * A SIP is active from the discovered need until it is closed: every open
 * state of the process (samverkan's `oppnaSipStatus`), since a SIP being
 * prepared or called already has someone coordinating it.
 */
export const aktivaSipStatus: readonly SipStatus[] = ['BEHOV_UPPTACKT', 'FORBEREDD', 'KALLAD', 'MOTE_HALLET', 'UPPFOLJNING'];

export interface SamordningsUppgifter {
  sipar: PartRead<readonly { status: SipStatus; forsenadUppfoljning?: boolean }[] | null>;
  fastLakarkontakt: PartRead<unknown>;
}

/**
 * The patient's gaps:
 *  - INGEN_AKTIV_SIP: none of the SIPs the reader sees is in an active state
 *    (none at all, or only closed ones). Samverkan leaves out SIPs the reader
 *    may not see when others are visible (e.g. a kommun's user without a
 *    ground, and a SIP of another kommun's närområde); with samtycke or
 *    nödåtkomst every SIP is visible (samverkan has no spärr).
 *  - FORSENAD_UPPFOLJNING: an active SIP whose follow-up date has passed
 *    (samverkan's `forsenadUppfoljning`): coordinated on paper, not in fact.
 *    Unknown when the SIPs could not be read, like INGEN_AKTIV_SIP.
 *  - INGEN_FAST_LAKARKONTAKT: the region has no fast läkarkontakt for the
 *    patient. This is how the page reads the "fast vårdkontakt / fast
 *    läkarkontakt": the schema has no fast vårdkontakt (a named coordinating
 *    contact, patientlagen 6:2); the region's named continuity contact is the
 *    fast läkarkontakt. Listning names a vårdcentral, not a person, and every
 *    listed patient has one (the region's list is of listed patients), so it
 *    is shown but is not a gap.
 */
export function samordningsbedomning(uppgifter: SamordningsUppgifter): Samordningsbedomning {
  const kontroller: Record<Samordningslucka, Utfall> = {
    INGEN_AKTIV_SIP: check(uppgifter.sipar, (sipar) => !(sipar ?? []).some((sip) => aktivaSipStatus.includes(sip.status))),
    FORSENAD_UPPFOLJNING: check(uppgifter.sipar, (sipar) =>
      (sipar ?? []).some((sip) => aktivaSipStatus.includes(sip.status) && sip.forsenadUppfoljning === true),
    ),
    INGEN_FAST_LAKARKONTAKT: check(uppgifter.fastLakarkontakt, (kontakt) => kontakt === null),
  };
  return {
    kontroller,
    luckor: samordningsluckor.filter((lucka) => kontroller[lucka].utfall === 'LUCKA'),
    okanda: samordningsluckor.filter((lucka) => kontroller[lucka].utfall === 'OKANT'),
  };
}

function check<T>(part: PartRead<T>, isGap: (value: T) => boolean): Utfall {
  if (!part.read) return { utfall: 'OKANT', reason: part.reason };
  return isGap(part.value) ? { utfall: 'LUCKA' } : { utfall: 'OK' };
}
