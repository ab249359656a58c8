// Synthetic personnummer from Skatteverket's test range: serial numbers
// 980–999 are never assigned to real people, so no record can point at one.
import { fromDayNumber } from './calendarDays.js';
import type { IsoDate } from './World.js';
import type { Random } from './random.js';

export const firstTestSerial = 980;
export const lastTestSerial = 999;

/** The Luhn check digit over the given digits, doubling the first (as personnummer do over YYMMDDNNN). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(index) - 48;
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** A 12-digit personnummer YYYYMMDDNNNC for a birth date and a three-digit serial. */
export function syntheticPersonnummer(birthDate: IsoDate, serial: number): string {
  const date = birthDate.replaceAll('-', '');
  const serialDigits = String(serial).padStart(3, '0');
  return `${date}${serialDigits}${luhnCheckDigit(date.slice(2) + serialDigits)}`;
}

/** Hands out each test-range personnummer at most once within one world. */
export interface PersonnummerPool {
  /** Marks a number (e.g. a demo patient's) as taken. */
  reserve(personnummer: string): void;
  /** A fresh number whose birth day comes from `drawBirthDay` (a day number). */
  draw(random: Random, drawBirthDay: () => number): string;
}

export function createPersonnummerPool(): PersonnummerPool {
  const taken = new Set<string>();
  return {
    reserve(personnummer) {
      taken.add(personnummer);
    },
    draw(random, drawBirthDay) {
      // Twenty serials per day: even `vg` fills well under half of the busiest
      // birth years, so a redraw is rare and the loop bound is never reached.
      for (let attempt = 0; attempt < 1_000; attempt++) {
        const personnummer = syntheticPersonnummer(
          fromDayNumber(drawBirthDay()),
          random.int(firstTestSerial, lastTestSerial),
        );
        if (!taken.has(personnummer)) {
          taken.add(personnummer);
          return personnummer;
        }
      }
      throw new Error('Synthetic personnummer: the test range for these birth dates is exhausted.');
    },
  };
}
