// The rules a new SIP must meet, checked before anything is read or written:
// each failure is a BAD_USER_INPUT with a stable reason and the input field's
// path. `checkSipHuvudmanInNaromrade` runs once the närområde is known.
import { createHash } from 'node:crypto';
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { parseHuvudmanId, regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import { parsePatientId } from '../../../platform/identifiers/patientId.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { parseFreeText, type FreeTextRule } from '../../../platform/input/freeText.js';
import { parseIsoDate } from '../../../platform/scalars/isoDate.js';
import { klientnyckelPattern } from '../avvikelse/validateRapporteraAvvikelse.js';
import type { SkapaSipInput } from '../generated/resolvers.js';

export const maxSipTextLength = 1000;

/** A new SIP that passed validation, normalised (trimmed, NFC) so equal content compares equal. */
export interface ValidSip {
  klientnyckel: string;
  personnummer: string;
  naromradeId: string;
  huvudansvar: string;
  behov: string[];
  insatser: { beskrivning: string; huvudman: string; verksamhet: string }[];
  tredjeParter: string[];
  deltagare: { roll: string; huvudman: string | null }[];
  samtyckeDatum: string;
  nastaUppfoljning: string;
}

const sipTextRule: FreeTextRule = {
  maxLength: maxSipTextLength,
  refusePersonnummer: true,
  personnummerAdvice: ': remove it (the person is given in "input.patientId").',
};

function sipText(value: string, field: string): string {
  return parseFreeText(value, field, sipTextRule);
}

function nonEmpty<Item>(items: readonly Item[], field: string, what: string): readonly Item[] {
  if (items.length === 0) throw badUserInput('TEXT_EMPTY', field, `"${field}" must name at least one ${what}.`);
  return items;
}

export function validateSkapaSip(input: SkapaSipInput, today: string): ValidSip {
  if (!klientnyckelPattern.test(input.klientnyckel)) {
    throw badUserInput('CLIENT_KEY_INVALID', 'input.klientnyckel', '"input.klientnyckel" must be 8–100 letters, digits, "-" or "_" (a UUID will do).');
  }
  if (input.samtycke !== true) {
    throw badUserInput('SAMTYCKE_SAKNAS', 'input.samtycke', 'A SIP needs the person\'s consent to share information between the parties: "input.samtycke" must be true.');
  }
  const personnummer = parsePatientId(input.patientId, 'input.patientId');
  if (!isReferenceId(input.naromradeId)) {
    throw badUserInput('ID_INVALID', 'input.naromradeId', '"input.naromradeId" is not a närområde id (e.g. "1480-angered").');
  }
  const huvudansvar = parseHuvudmanId(input.huvudansvar, 'input.huvudansvar');

  const behov = nonEmpty(input.behov, 'input.behov', 'need').map((text, index) => sipText(text, `input.behov.${index}`));
  const insatser = nonEmpty(input.insatser, 'input.insatser', 'insats').map((insats, index) => ({
    beskrivning: sipText(insats.beskrivning, `input.insatser.${index}.beskrivning`),
    huvudman: parseHuvudmanId(insats.huvudman, `input.insatser.${index}.huvudman`),
    verksamhet: sipText(insats.verksamhet, `input.insatser.${index}.verksamhet`),
  }));
  const tredjeParter = (input.tredjeParter ?? []).map((text, index) => sipText(text, `input.tredjeParter.${index}`));
  const deltagare = (input.deltagare ?? []).map((deltagare, index) => ({
    roll: sipText(deltagare.roll, `input.deltagare.${index}.roll`),
    huvudman: deltagare.huvudman == null ? null : parseHuvudmanId(deltagare.huvudman, `input.deltagare.${index}.huvudman`),
  }));

  const samtyckeDatum = parseIsoDate(input.samtyckeDatum, 'input.samtyckeDatum');
  if (samtyckeDatum > today) throw badUserInput('DATE_IN_FUTURE', 'input.samtyckeDatum', '"input.samtyckeDatum" cannot be in the future.');
  const nastaUppfoljning = parseIsoDate(input.nastaUppfoljning, 'input.nastaUppfoljning');
  if (nastaUppfoljning < today) throw badUserInput('DATE_INVALID', 'input.nastaUppfoljning', '"input.nastaUppfoljning" cannot be in the past.');

  return {
    klientnyckel: input.klientnyckel,
    personnummer,
    naromradeId: input.naromradeId,
    huvudansvar,
    behov,
    insatser,
    tredjeParter,
    deltagare,
    samtyckeDatum,
    nastaUppfoljning,
  };
}

/** Huvudansvar lies with the region or the närområde's kommun: a party to the SIP. */
export function checkSipHuvudmanInNaromrade(sip: ValidSip, naromradeKommunkod: string): void {
  if (sip.huvudansvar !== regionHuvudman && sip.huvudansvar !== naromradeKommunkod) {
    throw badUserInput(
      'HUVUDMAN_NOT_IN_NAROMRADE',
      'input.huvudansvar',
      `"input.huvudansvar" names kommun ${sip.huvudansvar}, but närområde "${sip.naromradeId}" lies in kommun ${naromradeKommunkod}: huvudansvar lies with VGR or that kommun.`,
    );
  }
}

/**
 * The content hash of a new SIP (sha256 of its normalised fields, without the
 * client key), as avvikelseInnehallshash does for reports: the same key and
 * hash is a retry, the same key with another hash a CONFLICT.
 */
export function sipInnehallshash(sip: ValidSip): string {
  // A fixed field order (an array, not an object) keeps the hash stable across code changes.
  const content = [
    sip.personnummer,
    sip.naromradeId,
    sip.huvudansvar,
    sip.behov,
    sip.insatser.map((insats) => [insats.beskrivning, insats.huvudman, insats.verksamhet]),
    sip.tredjeParter,
    sip.deltagare.map((deltagare) => [deltagare.roll, deltagare.huvudman]),
    sip.samtyckeDatum,
    sip.nastaUppfoljning,
  ];
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}
