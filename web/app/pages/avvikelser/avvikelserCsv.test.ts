import { describe, expect, it } from 'vitest';
import { avvikelserCsv, csvFilnamn, csvKolumner, type Avvikelserexport } from './avvikelserCsv.js';
import { kategoriserie } from './kategoriserie.js';
import { manadsserie } from './manadsserie.js';
import { oversikt } from './oversikt.js';
import { riktningsmatris } from './riktningsmatris.js';

const visat = (varde: number) => ({ varde, undertryckt: false });
const undertryckt = { varde: null, undertryckt: true };

const underlag: Avvikelserexport = {
  niva: 'Lokal',
  omrade: 'Angered',
  grans: 5,
  oversikt: oversikt({
    fran: '2025-11-01',
    till: '2026-10-31',
    totalt: visat(25),
    tidTillAterkoppling: { antal: visat(20), medianDagar: 32.2, percentil90Dagar: 74 },
    andelForsenade: 0.25,
  }),
  foregaende: oversikt({
    fran: '2024-11-01',
    till: '2025-10-31',
    totalt: undertryckt,
    tidTillAterkoppling: { antal: undertryckt, medianDagar: null, percentil90Dagar: null },
    andelForsenade: null,
  }),
  manader: manadsserie([{ manad: '2025-12', antal: visat(5) }, { manad: '2026-01', antal: undertryckt }], ['2025-11', '2025-12', '2026-01']),
  kategorier: kategoriserie([{ kategori: 'LAKEMEDEL', antal: visat(5) }], 5),
  riktning: riktningsmatris([
    { rapporterandeHuvudman: { id: '1480', typ: 'KOMMUN', namn: 'Göteborg' }, mottagandeHuvudman: { id: 'VGR', typ: 'REGION', namn: 'Västra Götalandsregionen' }, antal: visat(15) },
  ]),
};

/** The CSV read back as Excel would split it (no field here needs quotes). */
function rader(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((rad) => rad.split(';'));
}

describe('avvikelserCsv', () => {
  const csv = rader(avvikelserCsv(underlag));
  const rad = (avsnitt: string, grupp: string, fran = '2025-11-01') => csv.find((r) => r[4] === avsnitt && r[5] === grupp && r[2] === fran);

  it('has the documented columns and one figure per line', () => {
    expect(csv[0]).toEqual([...csvKolumner]);
    expect(csv.every((r) => r.length === csvKolumner.length)).toBe(true);
  });

  it('writes shown figures with decimal comma and their unit', () => {
    expect(rad('Totalt', 'Alla avvikelser')).toEqual(['Lokal', 'Angered', '2025-11-01', '2026-10-31', 'Totalt', 'Alla avvikelser', '25', 'antal', 'nej', '']);
    expect(rad('Tid till återkoppling', 'Median')?.slice(6, 9)).toEqual(['32,2', 'dagar', 'nej']);
    expect(rad('Försenad återkoppling', 'Andel försenade')?.slice(6, 9)).toEqual(['25', 'procent', 'nej']);
  });

  it('writes a withheld figure as an empty value marked undertryckt, never as 0', () => {
    expect(rad('Per månad', '2026-01')?.slice(6)).toEqual(['', 'antal', 'ja', 'färre än 5']);
    expect(rad('Totalt', 'Alla avvikelser', '2024-11-01')?.slice(6, 9)).toEqual(['', 'antal', 'ja']);
    expect(rad('Tid till återkoppling', 'Median', '2024-11-01')?.slice(6, 9)).toEqual(['', 'dagar', 'ja']);
  });

  it('writes a month without avvikelser as 0', () => {
    expect(rad('Per månad', '2025-11')?.slice(6, 9)).toEqual(['0', 'antal', 'nej']);
  });

  it('gives the previous period its own dates', () => {
    expect(rad('Totalt', 'Alla avvikelser', '2024-11-01')?.slice(2, 4)).toEqual(['2024-11-01', '2025-10-31']);
  });

  it('writes both directions of each kommun', () => {
    expect(rad('Riktning', 'Göteborg → Västra Götalandsregionen')?.[6]).toBe('15');
    expect(rad('Riktning', 'Västra Götalandsregionen → Göteborg')?.[6]).toBe('0');
  });
});

describe('csvFilnamn', () => {
  it('names the file after level, area and period', () => {
    expect(csvFilnamn('lokal', '1480-angered', '2025-11-01', '2026-10-31')).toBe('avvikelser-lokal-1480-angered-2025-11-01-2026-10-31.csv');
    expect(csvFilnamn('lansgemensam', null, '2025-11-01', '2026-10-31')).toBe('avvikelser-lansgemensam-2025-11-01-2026-10-31.csv');
  });
});
