// Personnummer must never reach a log in clear: anything that looks like one
// (10 or 12 digits, with or without separator) is masked before writing.

// Not inside a UUID (a request id): its first two groups, or its last, can be all digits (about one id in 250).
const personnummerLike = /(?<!\d|-[0-9a-f]{4}-)(\d{2})?(\d{6})[-+]?(\d{4})(?!\d|-[0-9a-f]{4}-)/gi;
const bearerToken = /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

export function redact(text: string): string {
  return text
    .replace(personnummerLike, (_match, century: string | undefined, date: string) => `${century ?? ''}${date.slice(0, 2)}****-****`)
    .replace(bearerToken, '$1[redacted]');
}
