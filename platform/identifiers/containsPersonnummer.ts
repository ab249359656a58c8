// Finds personnummer and samordningsnummer in free text, so that a text meant for what happened (not who) can be
// refused before it is stored. It reads the text as a reader would:
// - NFKC first (full-width and other compatibility digits and dashes become plain ones), any other decimal digit
//   (Arabic-Indic, Devanagari …) counts as its value, and invisible characters (zero-width spaces, soft hyphens,
//   combining marks) are skipped.
// - Digits joined by separators (spaces of every kind, `.`, `-`, `+`, `/`, every dash, the minus sign) form one
//   run; a line break or any other character (a letter, `,`, `:`) ends it. Letters glued to the digits do not hide
//   them: `x191212121212` counts.
// - A number is valid when a 10-digit reading (YYMMDD + NNNC, either century) has a real date, day + 60 for a
//   samordningsnummer, and the check digit (patientId.ts). A 12-digit number is found through its last ten digits,
//   which carry the same date and check digit.
// Where the ten digits may stand in a run:
// - Inside one unbroken group of digits, anywhere: a personnummer hidden in a longer number is refused (the safe
//   side); about one in a hundred 10-digit stretches of an arbitrary long number happens to be valid.
// - Written in parts (`1912.12.12-1212`, `121212 - 1212`), as a personnummer is written: the parts are whole
//   digit groups, 10 or 12 digits in all, the last group is the four last digits, and the number stands apart
//   (no further digits joined to it without a space). So a time (`2026-11-23 14.30`), a phone number
//   (`031-123 45 67`, `0522-123456`), a date range (`2026-11-23–2026-12-01`) or an HSA-id (whose organisation
//   number has a month of 20 or more) is left alone. A date followed by four digits (`2026-11-23 1430`) is
//   written exactly as a personnummer is, and is refused when its check digit happens to fit (one in ten).
// A writer who spells digits out or splits the last four on purpose is not caught: this guards against careless
// writing and the disguises of issue 21, not a determined insider. Linear in the text; never returns the number.
import { isPersonnummerInAnyForm } from './patientId.js';

interface DigitGroup {
  /** Index of the group's first digit in the run's digits. */
  start: number;
  length: number;
  /** Whether the separators between this group and the one before it include a space. */
  spacedFromPrevious: boolean;
}

type CharacterKind = 'digit' | 'space' | 'separator' | 'ignorable' | 'end';

const nonAsciiSeparator = /^[\p{Pd}\u2212]$/u;
const ignorable = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const decimalDigit = /^\p{Nd}$/u;
const lineBreaks = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const nonAsciiKinds = new Map<number, CharacterKind>();
const nonAsciiDigitValues = new Map<number, number>();

function kindOf(codePoint: number): CharacterKind {
  if (codePoint >= 0x30 && codePoint <= 0x39) return 'digit';
  if (lineBreaks.has(codePoint)) return 'end';
  if (codePoint === 0x20 || codePoint === 0x09) return 'space';
  if (codePoint === 0x2d || codePoint === 0x2e || codePoint === 0x2b || codePoint === 0x2f) return 'separator';
  if (codePoint < 0x80) return 'end';
  let kind = nonAsciiKinds.get(codePoint);
  if (kind === undefined) {
    const character = String.fromCodePoint(codePoint);
    // Ignorable before space: U+FEFF is both invisible and, to JavaScript, white space.
    kind = decimalDigit.test(character)
      ? 'digit'
      : ignorable.test(character)
        ? 'ignorable'
        : /^\s$/u.test(character)
          ? 'space'
          : nonAsciiSeparator.test(character)
            ? 'separator'
            : 'end';
    nonAsciiKinds.set(codePoint, kind);
  }
  return kind;
}

/**
 * The value of a decimal digit. Unicode encodes every script's digits as a contiguous run from 0 to 9 (a
 * stability guarantee), so a digit's value is how many digits precede it in its run of runs, modulo ten.
 */
function digitValue(codePoint: number): number {
  if (codePoint <= 0x39) return codePoint - 0x30;
  let value = nonAsciiDigitValues.get(codePoint);
  if (value === undefined) {
    let first = codePoint;
    while (decimalDigit.test(String.fromCodePoint(first - 1))) first -= 1;
    value = (codePoint - first) % 10;
    nonAsciiDigitValues.set(codePoint, value);
  }
  return value;
}

/** Whether digits[start … start + 9], read as YYMMDDNNNC, is a valid personnummer or samordningsnummer. */
function validTenDigits(digits: readonly number[], start: number): boolean {
  const at = (offset: number) => digits[start + offset]!;
  const month = at(2) * 10 + at(3);
  const day = at(4) * 10 + at(5);
  if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) return false;
  let sum = 0;
  for (let offset = 0; offset < 9; offset += 1) {
    const product = at(offset) * (offset % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  if ((10 - (sum % 10)) % 10 !== at(9)) return false;
  // Cheap checks above rule out almost every window; the library decides the date (leap days, the century).
  const date = digits.slice(start, start + 6).join('');
  const last = digits.slice(start + 6, start + 10).join('');
  return isPersonnummerInAnyForm(`${date}-${last}`) || isPersonnummerInAnyForm(`${date}+${last}`);
}

/** Whether one run of digit groups holds a personnummer, under the two readings of the opening comment. */
function runHoldsPersonnummer(digits: readonly number[], groups: readonly DigitGroup[]): boolean {
  for (const group of groups) {
    for (let start = group.start; start + 10 <= group.start + group.length; start += 1) {
      if (validTenDigits(digits, start)) return true;
    }
  }
  for (let first = 0; first < groups.length; first += 1) {
    if (first > 0 && !groups[first]!.spacedFromPrevious) continue;
    let total = groups[first]!.length;
    for (let last = first + 1; last < groups.length && total < 12; last += 1) {
      total += groups[last]!.length;
      const standsApart = last + 1 === groups.length || groups[last + 1]!.spacedFromPrevious;
      if ((total === 10 || total === 12) && groups[last]!.length === 4 && standsApart) {
        if (validTenDigits(digits, groups[first]!.start + total - 10)) return true;
      }
    }
  }
  return false;
}

/** True when `text` holds at least one valid personnummer or samordningsnummer. Never returns the number. */
export function containsPersonnummer(text: string): boolean {
  const normalised = text.normalize('NFKC');
  let digits: number[] = [];
  let groups: DigitGroup[] = [];
  let inGap = false;
  let gapHasSpace = false;
  for (let index = 0; index < normalised.length; index += 1) {
    const codePoint = normalised.codePointAt(index)!;
    if (codePoint > 0xffff) index += 1;
    const kind = kindOf(codePoint);
    if (kind === 'digit') {
      const current = groups.at(-1);
      if (current === undefined || inGap) {
        groups.push({ start: digits.length, length: 1, spacedFromPrevious: gapHasSpace });
        inGap = false;
        gapHasSpace = false;
      } else {
        current.length += 1;
      }
      digits.push(digitValue(codePoint));
    } else if (kind === 'space' || kind === 'separator') {
      if (groups.length > 0) {
        inGap = true;
        gapHasSpace ||= kind === 'space';
      }
    } else if (kind === 'end') {
      if (runHoldsPersonnummer(digits, groups)) return true;
      digits = [];
      groups = [];
      inGap = false;
      gapHasSpace = false;
    }
  }
  return runHoldsPersonnummer(digits, groups);
}
