// Birth days of synthetic patients: mostly frail elderly born 1920–1960, and
// younger adults (LSS boende, some hemtjänst) aged 20–64 on the reference date.
import { toDayNumber } from './calendarDays.js';
import type { Random } from './random.js';

// Weighted by decade so that most elderly patients are in their eighties and nineties.
const elderlyRanges: readonly (readonly [readonly [number, number], number])[] = [
  [[toDayNumber('1920-01-01'), toDayNumber('1929-12-31')], 18],
  [[toDayNumber('1930-01-01'), toDayNumber('1939-12-31')], 37],
  [[toDayNumber('1940-01-01'), toDayNumber('1949-12-31')], 32],
  [[toDayNumber('1950-01-01'), toDayNumber('1960-12-31')], 13],
];

// Aged 20–64 on 2026-11-01: born after 1961-11-01 and no later than 2006-11-01.
const youngerFirstDay = toDayNumber('1962-01-01');
const youngerLastDay = toDayNumber('2006-10-31');

export function drawElderlyBirthDay(random: Random): number {
  const [first, last] = random.weighted(elderlyRanges);
  return random.int(first, last);
}

export function drawYoungerAdultBirthDay(random: Random): number {
  return random.int(youngerFirstDay, youngerLastDay);
}
