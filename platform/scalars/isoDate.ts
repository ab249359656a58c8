// Calendar dates and instants as ISO-8601 strings, validated strictly: a
// `2026-02-30` is refused rather than silently rolled into March.
import { badUserInput } from '../errors/samsynError.js';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoDateTime(value: string): boolean {
  const match = dateTimePattern.exec(value);
  if (!match || !isIsoDate(match[1]!)) return false;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  return hours < 24 && minutes < 60 && seconds < 60 && !Number.isNaN(Date.parse(value));
}

/** Made once: toLocaleDateString with options builds a new formatter on every call (about 0.3 ms each). */
const swedishCalendarDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * The last minute asked for and its date. Every request of a subgraph asks for today, and formatting in a time
 * zone costs more than the rest of a small request's context; Swedish time differs from UTC by whole hours, so
 * every instant of one UTC minute has the same Swedish date.
 */
let rememberedMinute = Number.NaN;
let rememberedDate = '';

/** Today's date in Sweden, the calendar Samsyn's users live in. */
export function todayInSweden(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== rememberedMinute) {
    rememberedDate = swedishCalendarDate.format(now);
    rememberedMinute = minute;
  }
  return rememberedDate;
}

/** Returns the value when it is a real calendar date, else throws BAD_USER_INPUT. */
export function parseIsoDate(value: string, field: string): string {
  if (!isIsoDate(value)) {
    throw badUserInput('DATE_INVALID', field, `"${field}" must be a calendar date written YYYY-MM-DD, e.g. "2026-11-23".`);
  }
  return value;
}
