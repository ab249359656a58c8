// Personnummer must never reach a log in clear: anything that looks like one
// (10 or 12 digits, with or without separator) is masked before writing.

const personnummerLike = /(?<!\d)(\d{2})?(\d{6})[-+]?(\d{4})(?!\d)/g;
const bearerToken = /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

export function redact(text: string): string {
  return text
    .replace(personnummerLike, (_match, century: string | undefined, date: string) => `${century ?? ''}${date.slice(0, 2)}****-****`)
    .replace(bearerToken, '$1[redacted]');
}
