// Numbers as Swedish readers expect them: decimal comma, at most two decimals.

const timmar = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const heltal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const procent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

export function formatTimmar(value: number): string {
  return timmar.format(value);
}

export function formatHeltal(value: number): string {
  return heltal.format(value);
}

export function formatProcent(andel: number): string {
  return procent.format(andel);
}
