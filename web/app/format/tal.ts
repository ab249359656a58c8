// Numbers as Swedish readers expect them on screen: a space between
// thousands, a decimal comma, shares as percent.

const heltal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const enDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const tvaDecimaler = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const procent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

export function formatHeltal(value: number): string {
  return heltal.format(value);
}

/** Days and other measures shown with at most one decimal: 35.14 → "35,1". */
export function formatEnDecimal(value: number): string {
  return enDecimal.format(value);
}

/** Hours and visits, which are often halves or quarters: 0.25 → "0,25". */
export function formatDecimal(value: number): string {
  return tvaDecimaler.format(value);
}

/** A share 0–1 as whole percent: 0.16 → "16 %". */
export function formatProcent(andel: number): string {
  return procent.format(andel);
}
