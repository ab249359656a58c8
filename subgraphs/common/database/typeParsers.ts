// One decoding of PostgreSQL values for both drivers, so rows look the same on
// PGlite and on a real server: dates stay `YYYY-MM-DD` strings, instants become
// ISO strings, counts and numerics become numbers.

const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;

function toIsoInstant(value: string): string {
  // PostgreSQL prints `2026-11-01 08:00:00+00`; a timestamp without zone is read as UTC.
  const normalised = value.replace(' ', 'T');
  const withZone = /([+-]\d{2}(:?\d{2})?|Z)$/.test(normalised) ? normalised : `${normalised}Z`;
  return new Date(withZone.replace(/([+-]\d{2})$/, '$1:00')).toISOString();
}

export const valueParsers: Record<number, (value: string) => unknown> = {
  [DATE]: (value) => value,
  [TIMESTAMP]: toIsoInstant,
  [TIMESTAMPTZ]: toIsoInstant,
  [INT8]: (value) => Number(value),
  [NUMERIC]: (value) => Number(value),
};
