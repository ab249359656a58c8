import { describe, it, expect } from 'vitest';
import { containsPersonnummer } from './containsPersonnummer.js';

describe('containsPersonnummer', () => {
  it.each([
    ['twelve digits', 'Patienten 191212121212 fick fel dos.'],
    ['twelve digits with a hyphen', 'Gäller 19121212-1212.'],
    ['ten digits with a hyphen', 'Gäller 121212-1212 på boendet.'],
    ['ten digits with a plus (100 years or older)', 'Gäller 121212+1212.'],
    ['ten digits without separator', 'pnr 1212121212'],
    ['a space before the last four', 'pnr 19121212 1212'],
    ['a samordningsnummer', 'Samordningsnummer 19121272-1219 saknades.'],
    ['at the very start and end', '191212121212'],
    ['after punctuation', '(191212121212), se journal'],
    ['one valid among invalid ones', '191212121213 och 191212121212'],
  ])('finds %s', (_name, text) => {
    expect(containsPersonnummer(text)).toBe(true);
  });

  it.each([
    ['a date', 'Händelsen inträffade 2026-11-23 kl 14.'],
    ['a compact date', 'Se beslut 20261123.'],
    ['a phone number with separators', 'Ring 010-123 45 67 eller 031-123 45 67.'],
    ['a mobile number with separators', 'Mobil 070-123 45 67.'],
    ['an HSA-id', 'Enhet SE2321000131-E000000000001 och SE2120001480-P000000000042.'],
    ['a wrong check digit', 'Gäller 191212121213.'],
    ['an impossible date', 'Nummer 19121332-1212.'],
    ['a longer digit run', 'Ärende 1191212121212 och 1912121212121.'],
    ['digits glued to letters', 'Ref A191212121212 och 191212121212B.'],
    ['plain text', 'Läkemedelslistan följde inte med vid utskrivning.'],
    ['an empty text', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(containsPersonnummer(text)).toBe(false);
  });
});
