// The access ground a user attests for another huvudman's patient data, sent
// with each request and forwarded by the gateway to every subgraph, so each
// data holder judges and logs it itself (as in NPÖ: the attestation is logged).
//   x-samsyn-atkomstgrund: samtycke | nodatkomst
//   x-samsyn-nodatkomst-anledning: <reason, percent-encoded UTF-8>  (required with nodatkomst)
// The reason is stored in the append-only access log: it says why, never who (the row names the patient).
import { badUserInput } from '../errors/samsynError.js';
import { containsPersonnummer } from '../identifiers/containsPersonnummer.js';
import { controlCharacterMessage, findControlCharacter } from '../input/controlCharacters.js';
import { containsPersonnummerError } from '../input/freeText.js';

export type Atkomstgrund = { typ: 'SAMTYCKE' } | { typ: 'NODATKOMST'; anledning: string };

export const minimumReasonLength = 10;
export const maximumReasonLength = 500;
const reasonHeader = 'x-samsyn-nodatkomst-anledning';

export function parseAtkomstgrund(ground: string | null | undefined, reason: string | null | undefined): Atkomstgrund | null {
  if (ground === null || ground === undefined || ground.trim() === '') return null;
  const value = ground.trim().toLowerCase();
  if (value === 'samtycke') return { typ: 'SAMTYCKE' };
  if (value === 'nodatkomst') {
    const anledning = decodeReason(reason);
    if (anledning.length < minimumReasonLength || anledning.length > maximumReasonLength) {
      throw badUserInput(
        'ATKOMSTGRUND_INVALID',
        reasonHeader,
        `Nödåtkomst needs a written reason of ${minimumReasonLength}–${maximumReasonLength} characters in the header x-samsyn-nodatkomst-anledning (percent-encoded).`,
      );
    }
    if (containsPersonnummer(anledning)) {
      throw containsPersonnummerError(reasonHeader, ': the reason says why, not who (the access log names the patient already). Remove it.');
    }
    return { typ: 'NODATKOMST', anledning };
  }
  throw badUserInput('ATKOMSTGRUND_INVALID', 'x-samsyn-atkomstgrund', 'The header x-samsyn-atkomstgrund must be "samtycke" or "nodatkomst".');
}

function decodeReason(reason: string | null | undefined): string {
  if (!reason) return '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(reason);
  } catch {
    throw badUserInput('ATKOMSTGRUND_INVALID', reasonHeader, 'The nödåtkomst reason must be percent-encoded UTF-8.');
  }
  // PostgreSQL refuses NUL in text: unchecked, the request would end as INTERNAL_SERVER_ERROR when its log row is written.
  const found = findControlCharacter(decoded);
  if (found !== null) throw badUserInput('TEXT_CONTROL_CHARACTER', reasonHeader, controlCharacterMessage(reasonHeader, found));
  return decoded.trim();
}
