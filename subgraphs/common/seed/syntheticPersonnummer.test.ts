import personnummerModule from 'personnummer';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './calendarDays.js';
import { createRandom } from './random.js';
import { createPersonnummerPool, luhnCheckDigit, syntheticPersonnummer } from './syntheticPersonnummer.js';

// CommonJS package typed as an ES default export: see identifiers/patientId.ts.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

describe('luhnCheckDigit', () => {
  it("gives the check digits of Skatteverket's published test numbers", () => {
    for (const known of ['191212121212', '194408139089', '195005050512', '199006022397']) {
      expect(luhnCheckDigit(known.slice(2, 11))).toBe(Number(known[11]));
    }
  });
});

describe('syntheticPersonnummer', () => {
  it('builds YYYYMMDDNNNC numbers that the personnummer library accepts, for every test serial', () => {
    const random = createRandom('pnr-test');
    for (let index = 0; index < 2_000; index++) {
      const birthDate = fromDayNumber(random.int(toDayNumber('1920-01-01'), toDayNumber('2006-10-31')));
      const personnummer = syntheticPersonnummer(birthDate, random.int(980, 999));
      expect(personnummer).toMatch(/^\d{12}$/);
      expect(personnummer.slice(0, 8)).toBe(birthDate.replaceAll('-', ''));
      expect(Personnummer.valid(personnummer), personnummer).toBe(true);
    }
  });

  it('handles leap days', () => {
    expect(Personnummer.valid(syntheticPersonnummer('1936-02-29', 987))).toBe(true);
  });
});

describe('createPersonnummerPool', () => {
  it('never hands out a number twice, even when one birth day is asked for repeatedly', () => {
    const pool = createPersonnummerPool();
    const random = createRandom('pool');
    const day = toDayNumber('1935-06-15');
    const drawn = Array.from({ length: 20 }, () => pool.draw(random, () => day));
    expect(new Set(drawn).size).toBe(20);
    expect(drawn.map((p) => Number(p.slice(8, 11))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => 980 + index),
    );
    // All twenty test serials of that day are used: asking again must fail loudly, not loop.
    expect(() => pool.draw(random, () => day)).toThrow(/exhausted/);
  });

  it('skips reserved numbers', () => {
    const pool = createPersonnummerPool();
    const random = createRandom('reserve');
    const day = toDayNumber('1940-01-01');
    const reserved = syntheticPersonnummer('1940-01-01', 980);
    pool.reserve(reserved);
    const drawn = Array.from({ length: 19 }, () => pool.draw(random, () => day));
    expect(drawn).not.toContain(reserved);
  });
});
