// The 49 kommuner of Västra Götaland and their collaboration areas, read from
// the project's copy of the reference file `data/kommuner.csv`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface KommunReference {
  kommunkod: string;
  namn: string;
  kommunalforbund: string;
  vardsamverkansomradeId: string;
  vardsamverkansomradeNamn: string;
  sjukhus: string;
  /** `verified` from a public source, or `assumed` (see DOMAIN.md). */
  omradeKalla: 'verified' | 'assumed';
}

export interface VardsamverkansomradeReference {
  id: string;
  namn: string;
  sjukhus: string;
  kommunkoder: string[];
}

const kommunerCsvPath = fileURLToPath(new URL('../../data/kommuner.csv', import.meta.url));

let cached: KommunReference[] | undefined;

/** All kommuner, in kommunkod order. */
export function loadKommuner(): KommunReference[] {
  cached ??= parseKommunerCsv(readFileSync(kommunerCsvPath, 'utf8'));
  return cached;
}

export function parseKommunerCsv(text: string): KommunReference[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const expected = 'kommunkod,kommun,kommunalforbund,vardsamverkansomrade_id,vardsamverkansomrade,sjukhus,omrade_kalla';
  if (header !== expected) {
    throw new Error(`data/kommuner.csv: unexpected header "${header}"`);
  }
  return lines
    .map((line, index) => {
      const cells = line.split(',');
      if (cells.length !== 7 || !/^\d{4}$/.test(cells[0]!)) {
        throw new Error(`data/kommuner.csv line ${index + 2}: malformed row "${line}"`);
      }
      const [kommunkod, namn, kommunalforbund, omradeId, omradeNamn, sjukhus, kalla] = cells as [
        string, string, string, string, string, string, string,
      ];
      return {
        kommunkod,
        namn,
        kommunalforbund,
        vardsamverkansomradeId: omradeId,
        vardsamverkansomradeNamn: omradeNamn,
        sjukhus,
        omradeKalla: kalla === 'verified' ? 'verified' : 'assumed',
      } satisfies KommunReference;
    })
    .sort((a, b) => a.kommunkod.localeCompare(b.kommunkod));
}

/** The six vårdsamverkansområden, each with its kommuner. */
export function loadVardsamverkansomraden(): VardsamverkansomradeReference[] {
  const byId = new Map<string, VardsamverkansomradeReference>();
  for (const kommun of loadKommuner()) {
    let omrade = byId.get(kommun.vardsamverkansomradeId);
    if (!omrade) {
      omrade = {
        id: kommun.vardsamverkansomradeId,
        namn: kommun.vardsamverkansomradeNamn,
        sjukhus: kommun.sjukhus,
        kommunkoder: [],
      };
      byId.set(omrade.id, omrade);
    }
    omrade.kommunkoder.push(kommun.kommunkod);
  }
  return [...byId.values()].sort((a, b) => a.namn.localeCompare(b.namn, 'sv'));
}
