// Numbers as Swedish readers expect them on screen: a space between thousands,
// a decimal comma, shares as percent.

const heltal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const enDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: 1 });

export function formatAntal(varde: number): string {
  return heltal.format(varde);
}

export function formatDagar(varde: number): string {
  return enDecimal.format(varde);
}

/** A share 0–1 as whole percent, e.g. 0.16 → "16 %". */
export function formatAndel(andel: number): string {
  return `${heltal.format(Math.round(andel * 100))}\u00a0%`;
}
