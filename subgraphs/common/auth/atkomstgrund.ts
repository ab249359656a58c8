// The access ground a user attests for another huvudman's patient data, sent
// with each request and forwarded by the gateway to every subgraph, so each
// data holder judges and logs it itself (as in NPÖ: the attestation is logged).
//   x-samsyn-atkomstgrund: samtycke | nodatkomst
//   x-samsyn-nodatkomst-anledning: <reason, percent-encoded UTF-8>  (required with nodatkomst)
import { badUserInput } from '../errors/samsynError.js';

export type Atkomstgrund = { typ: 'SAMTYCKE' } | { typ: 'NODATKOMST'; anledning: string };

export const minimumReasonLength = 10;
export const maximumReasonLength = 500;

export function parseAtkomstgrund(ground: string | null | undefined, reason: string | null | undefined): Atkomstgrund | null {
  if (ground === null || ground === undefined || ground.trim() === '') return null;
  const value = ground.trim().toLowerCase();
  if (value === 'samtycke') return { typ: 'SAMTYCKE' };
  if (value === 'nodatkomst') {
    const anledning = decodeReason(reason);
    if (anledning.length < minimumReasonLength || anledning.length > maximumReasonLength) {
      throw badUserInput(
        'ATKOMSTGRUND_INVALID',
        'x-samsyn-nodatkomst-anledning',
        `Nödåtkomst needs a written reason of ${minimumReasonLength}–${maximumReasonLength} characters in the header x-samsyn-nodatkomst-anledning (percent-encoded).`,
      );
    }
    return { typ: 'NODATKOMST', anledning };
  }
  throw badUserInput('ATKOMSTGRUND_INVALID', 'x-samsyn-atkomstgrund', 'The header x-samsyn-atkomstgrund must be "samtycke" or "nodatkomst".');
}

function decodeReason(reason: string | null | undefined): string {
  if (!reason) return '';
  try {
    return decodeURIComponent(reason).trim();
  } catch {
    throw badUserInput('ATKOMSTGRUND_INVALID', 'x-samsyn-nodatkomst-anledning', 'The nödåtkomst reason must be percent-encoded UTF-8.');
  }
}
