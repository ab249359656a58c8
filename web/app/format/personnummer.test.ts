import { describe, expect, it } from 'vitest';
import { formatPersonnummer, luhnValid, parsePersonnummer } from './personnummer.js';

describe('parsePersonnummer', () => {
  it('takes twelve digits as they are', () => {
    expect(parsePersonnummer('191212121212')).toEqual({ ok: true, personnummer: '191212121212' });
  });

  it('normalises the written form with a hyphen or a space, and ignores surrounding spaces', () => {
    expect(parsePersonnummer('19121212-1212')).toEqual({ ok: true, personnummer: '191212121212' });
    expect(parsePersonnummer(' 19440813 9089 ')).toEqual({ ok: true, personnummer: '194408139089' });
  });

  it('accepts a samordningsnummer (day plus 60)', () => {
    // Born 1912-12-12, written with day 72; the check digit is computed over that day.
    expect(parsePersonnummer('191212721219')).toEqual({ ok: true, personnummer: '191212721219' });
    expect(parsePersonnummer('191212921212')).toMatchObject({ ok: false, fel: expect.stringMatching(/Datumet/) });
  });

  it('refuses ten digits, letters and other separators with a format hint', () => {
    for (const text of ['1212121212', '121212-1212', '19121212+1212', '1912121212AB', '']) {
      const result = parsePersonnummer(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fel).toMatch(/tolv siffror/);
    }
  });

  it('refuses dates that do not exist', () => {
    expect(parsePersonnummer('190013121212')).toMatchObject({ ok: false, fel: expect.stringMatching(/Datumet/) });
    expect(parsePersonnummer('190230121212')).toMatchObject({ ok: false, fel: expect.stringMatching(/Datumet/) });
    expect(parsePersonnummer('191200121212')).toMatchObject({ ok: false, fel: expect.stringMatching(/Datumet/) });
  });

  it('refuses a wrong check digit (one mistyped digit)', () => {
    expect(parsePersonnummer('191212121213')).toMatchObject({ ok: false, fel: expect.stringMatching(/Kontrollsiffran/) });
    expect(parsePersonnummer('191212121312')).toMatchObject({ ok: false, fel: expect.stringMatching(/Kontrollsiffran/) });
  });

  it('accepts the seeded demo patients', () => {
    for (const personnummer of ['191212121212', '194408139089', '195005050512', '199006022397']) {
      expect(parsePersonnummer(personnummer)).toEqual({ ok: true, personnummer });
    }
  });
});

describe('luhnValid', () => {
  it('follows the Luhn rule on YYMMDDNNNC', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('formatPersonnummer', () => {
  it('writes twelve digits with the hyphen before the last four', () => {
    expect(formatPersonnummer('191212121212')).toBe('19121212-1212');
  });

  it('leaves anything else unchanged', () => {
    expect(formatPersonnummer('1912')).toBe('1912');
  });
});
