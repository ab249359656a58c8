// The one rule for free text that a user writes and Samsyn stores: no control characters (checked here too, so
// the rule holds wherever the operation plugin is not installed), trimmed and NFC, not empty, at most
// `maxLength` characters, and no personnummer unless the field holds numbers by nature.
import type { GraphQLError } from 'graphql';
import { badUserInput } from '../errors/samsynError.js';
import { containsPersonnummer } from '../identifiers/containsPersonnummer.js';
import { controlCharacterMessage, findControlCharacter } from './controlCharacters.js';

export interface FreeTextRule {
  /** In characters (code points), after trimming. */
  maxLength: number;
  /** Off only for a field that holds numbers by nature (a phone number): ten digits there may be a valid personnummer by chance. */
  refusePersonnummer: boolean;
  /** What to do instead, after `"<field>" seems to contain a personnummer or samordningsnummer`; by default `: remove it.` */
  personnummerAdvice?: string;
  /** The TEXT_EMPTY message; by default `"<field>" must not be empty.` */
  emptyMessage?: string;
}

/** TEXT_CONTAINS_PERSONNUMMER for `field`; the message never holds the number. */
export function containsPersonnummerError(field: string, advice = ': remove it.'): GraphQLError {
  return badUserInput('TEXT_CONTAINS_PERSONNUMMER', field, `"${field}" seems to contain a personnummer or samordningsnummer${advice}`);
}

/** A required text: trimmed (NFC) and checked, or BAD_USER_INPUT naming `field`. */
export function parseFreeText(value: string, field: string, rule: FreeTextRule): string {
  const text = parseOptionalFreeText(value, field, rule);
  if (text === null) throw badUserInput('TEXT_EMPTY', field, rule.emptyMessage ?? `"${field}" must not be empty.`);
  return text;
}

/** An optional text: null when none or only white space was given, else as `parseFreeText`. */
export function parseOptionalFreeText(value: string | null | undefined, field: string, rule: FreeTextRule): string | null {
  if (value === null || value === undefined) return null;
  const found = findControlCharacter(value);
  if (found !== null) throw badUserInput('TEXT_CONTROL_CHARACTER', field, controlCharacterMessage(field, found));
  const text = value.normalize('NFC').trim();
  if (text.length === 0) return null;
  if ([...text].length > rule.maxLength) throw badUserInput('TEXT_TOO_LONG', field, `"${field}" can be at most ${rule.maxLength} characters.`);
  if (rule.refusePersonnummer && containsPersonnummer(text)) throw containsPersonnummerError(field, rule.personnummerAdvice);
  return text;
}
