// Instants as staff read them: Swedish time, minutes, no seconds.
const svenskTid = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2026-12-07T09:32:10.000Z` → `2026-12-07 10:32`. */
export function formatTid(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : svenskTid.format(date);
}
