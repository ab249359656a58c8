import { describe, expect, it } from 'vitest';
import { parseFreeText, parseOptionalFreeText, type FreeTextRule } from './freeText.js';

const rule: FreeTextRule = { maxLength: 10, refusePersonnummer: true };

function refusal(parse: () => unknown) {
  try {
    parse();
  } catch (error: any) {
    return { ...error.extensions, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('parseFreeText', () => {
  it('trims and NFC-normalises', () => {
    expect(parseFreeText('  Cafe\u0301 \r\n', 'input.text', rule)).toBe('Café');
    expect(parseFreeText('Rad\r\n\trad', 'input.text', rule)).toBe('Rad\r\n\trad');
  });

  it.each([
    ['empty', '', 'TEXT_EMPTY'],
    ['white space only', ' \n\t ', 'TEXT_EMPTY'],
    ['too long in characters', 'å'.repeat(21), 'TEXT_TOO_LONG'],
    ['a NUL', 'a\u0000b', 'TEXT_CONTROL_CHARACTER'],
    ['a NUL among white space (checked before trimming)', ' \u0000 ', 'TEXT_CONTROL_CHARACTER'],
    ['a vertical tab at the end (not trimmed away)', 'ok\u000b', 'TEXT_CONTROL_CHARACTER'],
    ['a lone surrogate', 'a\ud800', 'TEXT_CONTROL_CHARACTER'],
    ['a personnummer', 'x191212121212', 'TEXT_CONTAINS_PERSONNUMMER'],
  ])('refuses %s, naming the field', (_name, value, reason) => {
    expect(refusal(() => parseFreeText(value, 'input.deltagare[2]', { ...rule, maxLength: 20 }))).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'input.deltagare[2]' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(parseFreeText('😀'.repeat(10), 'input.text', rule)).toBe('😀'.repeat(10));
  });

  it('allows a personnummer-like number where the field holds numbers by nature', () => {
    expect(parseFreeText('070-123 45 69', 'input.telefon', { maxLength: 50, refusePersonnummer: false })).toBe('070-123 45 69');
    expect(refusal(() => parseFreeText('a\u0000', 'input.telefon', { maxLength: 50, refusePersonnummer: false })).reason).toBe('TEXT_CONTROL_CHARACTER');
  });

  it('words the refusals as the field asks, never echoing the text', () => {
    const custom = { maxLength: 100, refusePersonnummer: true, emptyMessage: 'Say what happened.', personnummerAdvice: '. Describe what happened, not who.' };
    expect(refusal(() => parseFreeText(' ', 'input.beskrivning', custom)).message).toBe('Say what happened.');
    const personnummer = refusal(() => parseFreeText('Gäller 19121212-1212', 'input.beskrivning', custom));
    expect(personnummer.message).toBe('"input.beskrivning" seems to contain a personnummer or samordningsnummer. Describe what happened, not who.');
    const control = refusal(() => parseFreeText('Gäller 19121212\u0000', 'input.beskrivning', custom));
    expect(control.message).not.toContain('1912');
    expect(refusal(() => parseFreeText('1212121212', 'input.x', rule)).message).toBe('"input.x" seems to contain a personnummer or samordningsnummer: remove it.');
  });
});

describe('parseOptionalFreeText', () => {
  it('is null for nothing or white space, and checks like parseFreeText otherwise', () => {
    expect(parseOptionalFreeText(null, 'input.kommentar', rule)).toBeNull();
    expect(parseOptionalFreeText(undefined, 'input.kommentar', rule)).toBeNull();
    expect(parseOptionalFreeText(' \n ', 'input.kommentar', rule)).toBeNull();
    expect(parseOptionalFreeText(' Klart ', 'input.kommentar', rule)).toBe('Klart');
    expect(refusal(() => parseOptionalFreeText('\u0000', 'input.kommentar', rule)).reason).toBe('TEXT_CONTROL_CHARACTER');
    expect(refusal(() => parseOptionalFreeText('x'.repeat(11), 'input.kommentar', rule)).reason).toBe('TEXT_TOO_LONG');
  });
});
