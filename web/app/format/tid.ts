// Instants as staff read them: Swedish time whatever the browser's zone, to
// the minute; to the second where it matters (the access log).
const format = (second: boolean) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(second ? { second: '2-digit' as const } : {}),
  });
const tillMinut = format(false);
const tillSekund = format(true);

/** `2026-12-07T09:32:10.000Z` → `2026-12-07 10:32` (or `10:32:10` with seconds); unreadable text as it came. */
export function formatTid(iso: string, options: { sekunder?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const delar = Object.fromEntries((options.sekunder ? tillSekund : tillMinut).formatToParts(date).map((del) => [del.type, del.value]));
  const klocka = `${delar['hour']}:${delar['minute']}${options.sekunder ? `:${delar['second']}` : ''}`;
  return `${delar['year']}-${delar['month']}-${delar['day']} ${klocka}`;
}
