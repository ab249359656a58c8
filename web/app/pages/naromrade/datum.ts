// Calendar days as the NOSAM meeting counts them: today in Sweden, days
// between two ISO dates, and months named in Swedish.

/** Today's date in Sweden (`YYYY-MM-DD`), whatever the browser's time zone. */
export function dagISverige(now: Date): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function dagnummer(isoDatum: string): number {
  const [year, month, day] = isoDatum.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whole days from `fran` to `till` (negative when `till` is earlier). */
export function dagarMellan(fran: string, till: string): number {
  return dagnummer(till) - dagnummer(fran);
}

/** `2026-09` → `september 2026`. */
export function manadText(manad: string): string {
  const [year, month] = manad.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}
