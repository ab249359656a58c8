import { describe, it, expect } from 'vitest';
import { containsPersonnummer } from './containsPersonnummer.js';
import { isPersonnummerInAnyForm } from './patientId.js';

describe('containsPersonnummer', () => {
  it.each([
    ['twelve digits', 'Patienten 191212121212 fick fel dos.'],
    ['twelve digits with a hyphen', 'Gäller 19121212-1212.'],
    ['ten digits with a hyphen', 'Gäller 121212-1212 på boendet.'],
    ['ten digits with a plus (100 years or older)', 'Gäller 121212+1212.'],
    ['ten digits without separator', 'pnr 1212121212'],
    ['a samordningsnummer (day + 60)', 'Samordningsnummer 19121272-1219 saknades.'],
    ['a ten-digit samordningsnummer', 'Samordningsnummer 121272-1219 saknades.'],
    ['at the very start and end', '191212121212'],
    ['after punctuation', '(191212121212), se journal'],
    ['one valid among invalid ones', '191212121213 och 191212121212'],
  ])('finds %s', (_name, text) => {
    expect(containsPersonnummer(text)).toBe(true);
  });

  describe('the bypasses of issue 21 and their variants', () => {
    it.each([
      ['glued to a letter before', 'x191212121212'],
      ['glued to letters on both sides', 'pnr:191212121212abc'],
      ['glued to a letter after', 'Ref 191212121212B'],
      ['an en dash', '19121212–1212'],
      ['dotted date parts', '1912.12.12-1212'],
      ['full-width digits and hyphen', '１９１２１２１２－１２１２'],
      ['full-width digits, plain hyphen', '１９１２１２１２-１２１２'],
      ['a space before the last four', 'pnr 19121212 1212'],
      ['a spaced hyphen', '19121212 - 1212'],
      ['a spaced hyphen, ten digits', '121212 - 1212'],
      ['a no-break space', '19121212\u00a01212'],
      ['an ideographic space', '19121212\u30001212'],
      ['a narrow no-break space and a tab', '121212\u202f\t1212'],
      ['slashes', '1912/12/12-1212'],
      ['spaced date parts', '1912 12 12 1212'],
      ['Arabic-Indic digits', '١٩١٢١٢١٢-١٢١٢'],
      ['Devanagari digits', '१९१२१२१२१२१२'],
      ['a zero-width space inside', '19\u200b1212121212'],
      ['a soft hyphen inside', '1912\u00ad1212-1212'],
      ['keycap digits', '1⃣9⃣1⃣2⃣1⃣2⃣1⃣2⃣1⃣2⃣1⃣2⃣'],
      ['superscript digits', '¹⁹¹²¹²¹²¹²¹²'],
      ['hidden in a longer number', 'Ärende 1191212121212'],
      ['hidden at the start of a longer number', 'Ärende 1912121212121'],
    ])('finds %s', (_name, text) => {
      expect(containsPersonnummer(text)).toBe(true);
    });

    it.each([
      ['U+2010 hyphen', '\u2010'],
      ['U+2011 non-breaking hyphen', '\u2011'],
      ['U+2012 figure dash', '\u2012'],
      ['U+2013 en dash', '\u2013'],
      ['U+2014 em dash', '\u2014'],
      ['U+2015 horizontal bar', '\u2015'],
      ['U+2212 minus sign', '\u2212'],
      ['U+FE63 small hyphen-minus', '\ufe63'],
    ])('finds a number written with a %s', (_name, dash) => {
      expect(containsPersonnummer(`Gäller 19121212${dash}1212.`)).toBe(true);
      expect(containsPersonnummer(`Gäller 121212 ${dash} 1212.`)).toBe(true);
    });
  });

  it.each([
    ['a date', 'Händelsen inträffade 2026-11-23 kl 14.'],
    ['a compact date', 'Se beslut 20261123.'],
    ['an HSA-id', 'Enhet SE2321000131-E000000000001 och SE2120001480-P000000000042.'],
    ['a wrong check digit', 'Gäller 191212121213.'],
    ['an impossible date', 'Nummer 19121332-1212.'],
    ['a serial number of 000', 'Nummer 121212-0005.'],
    ['plain text', 'Läkemedelslistan följde inte med vid utskrivning.'],
    ['an empty text', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(containsPersonnummer(text)).toBe(false);
  });

  // Each of these texts holds ten digits that would be a valid personnummer if read together (checked first, so
  // the test fails should the grouping rule be lost); how they are written says they are something else.
  it.each([
    ['a date and a time', '2026-11-23 12.30', '2611231230'],
    ['a date and a time with a space', '2026-11-23 12 30', '2611231230'],
    ['a date range', 'Gäller 2026-11-03–2026-12-01.', '2611032026'],
    ['a spaced date range', 'Gäller 2026-11-03 – 2026-12-01.', '2611032026'],
    ['a mobile number', 'Ring 070-123 45 69.', '0701234569'],
    ['a phone number', 'Ring 031-120 00 26.', '0311200026'],
    ['dates on separate lines', 'Möten:\n2026-11-03\n2026-12-01', '2611032026'],
    ['a personnummer split by a comma', 'Rum 121212, 1212 tabletter', '1212121212'],
  ])('leaves %s alone', (_name, text, joined) => {
    expect(isPersonnummerInAnyForm(joined)).toBe(true);
    expect(containsPersonnummer(text)).toBe(false);
  });

  it('refuses a date followed by four digits when they fit: written exactly as a personnummer is', () => {
    expect(containsPersonnummer('2026-11-23 1230')).toBe(true);
    expect(containsPersonnummer('2026-11-23 1231')).toBe(false);
  });
});
