// CSV that Excel with Swedish settings opens as it is: UTF-8 with a byte-order
// mark (else å, ä, ö break), semicolon between fields (the comma is the decimal
// sign), CRLF line ends, and fields quoted when they hold ; " or a line break.
// Text that Excel would run as a formula (starting with = + - @) gets a leading
// apostrophe, so an exported name can never become a formula.

export type CsvFalt = string | number | null;

const bom = '\uFEFF';

export function toCsv(rader: readonly (readonly CsvFalt[])[]): string {
  return bom + rader.map((rad) => rad.map(csvFalt).join(';')).join('\r\n') + '\r\n';
}

/** A number with decimal comma and no thousands separator; null is an empty field. */
export function csvTal(varde: number | null): string {
  return varde === null ? '' : String(varde).replace('.', ',');
}

function csvFalt(varde: CsvFalt): string {
  if (varde === null) return '';
  let text = typeof varde === 'number' ? csvTal(varde) : varde;
  if (typeof varde === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
