// Dates as whole days since 1970-01-01 (UTC): integer arithmetic while
// generating, ISO `YYYY-MM-DD` strings only at the edge.
import type { IsoDate } from './World.js';

const millisecondsPerDay = 86_400_000;

export function toDayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / millisecondsPerDay;
}

// Many records share dates; formatting each day once keeps `vg` generation quick.
const formatted = new Map<number, IsoDate>();

export function fromDayNumber(dayNumber: number): IsoDate {
  let date = formatted.get(dayNumber);
  if (date === undefined) {
    date = new Date(dayNumber * millisecondsPerDay).toISOString().slice(0, 10);
    formatted.set(dayNumber, date);
  }
  return date;
}
