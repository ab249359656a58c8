// Population per kommun (total, 65+ and 80+), read from the reference file
// `data/befolkning.csv`; its source and year are stated here and in data/README.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BefolkningReference {
  kommunkod: string;
  totalt: number;
  alder65Plus: number;
  alder80Plus: number;
}

/** The year the figures describe (31 December). */
export const befolkningAr = 2024;
/** The figures are approximate (written down without SCB's tables at hand; see data/README.md). */
export const befolkningUngefarlig = true;
export const befolkningKalla = `SCB, Folkmängd per kommun 31 december ${befolkningAr}${befolkningUngefarlig ? ' (ungefärliga värden)' : ''}`;

const befolkningCsvPath = fileURLToPath(new URL('../../data/befolkning.csv', import.meta.url));
const expectedHeader = 'kommunkod,kommun,totalt,alder_65_plus,alder_80_plus';

let cached: Map<string, BefolkningReference> | undefined;

/** The population of each kommun, by kommunkod. */
export function loadBefolkning(): Map<string, BefolkningReference> {
  cached ??= new Map(parseBefolkningCsv(readFileSync(befolkningCsvPath, 'utf8')).map((rad) => [rad.kommunkod, rad]));
  return cached;
}

export function parseBefolkningCsv(text: string): BefolkningReference[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== expectedHeader) throw new Error(`data/befolkning.csv: unexpected header "${header}"`);
  return lines.map((line, index) => {
    const cells = line.split(',');
    const numbers = cells.slice(2).map((cell) => (/^\d+$/.test(cell) ? Number(cell) : Number.NaN));
    const [totalt, alder65Plus, alder80Plus] = numbers as [number, number, number];
    if (cells.length !== 5 || !/^\d{4}$/.test(cells[0]!) || numbers.some(Number.isNaN) || !(alder80Plus <= alder65Plus && alder65Plus <= totalt)) {
      throw new Error(`data/befolkning.csv line ${index + 2}: malformed row "${line}"`);
    }
    return { kommunkod: cells[0]!, totalt, alder65Plus, alder80Plus };
  });
}
