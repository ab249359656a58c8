import { describe, expect, it } from 'vitest';
import { avvikelserCsv, csvFilnamn, csvKolumner, type Avvikelserexport } from './avvikelserCsv.js';
import { enhetsserie } from './enhetsserie.js';
import { kategoriserie } from './kategoriserie.js';
import { manadsserie } from './manadsserie.js';
import { oversikt } from './oversikt.js';
import { riktningsmatris } from './riktningsmatris.js';
import { statusserie } from './statusserie.js';

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
  enheter: enhetsserie(
    [
      { enhetHsaId: 'SE2321000131-E000000000101', antal: visat(10) },
      { enhetHsaId: 'SE2120001480-B000000000003', antal: undertryckt },
    ],
    new Map([['SE2321000131-E000000000101', 'Vårdcentralen Angered']]),
    5,
  ),
  statusar: statusserie([{ status: 'MOTTAGEN', antal: visat(15) }]),
  // Göteborg's population stands in for Angered: 25 avvikelser are 0,4166… per 10 000, 0,2777… per 1 000 aged 65+ and 1 per 1 000 aged 80+.
  befolkning: { totalt: 600_000, alder65Plus: 90_000, alder80Plus: 25_000, ar: 2024, kalla: 'SCB', ungefarlig: true, kommunForNaromrade: 'Göteborg' },
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
    expect(csv[0]!.slice(10)).toEqual([
      'Per 10 000 invånare (ungefärligt)',
      'Per 1 000 invånare 65 år och äldre (ungefärligt)',
      'Per 1 000 invånare 80 år och äldre (ungefärligt)',
    ]);
    expect(csv.every((r) => r.length === csvKolumner.length)).toBe(true);
  });

  it('writes shown figures with decimal comma and their unit', () => {
    expect(rad('Totalt', 'Alla avvikelser')?.slice(0, 10)).toEqual(['Lokal', 'Angered', '2025-11-01', '2026-10-31', 'Totalt', 'Alla avvikelser', '25', 'antal', 'nej', '']);
    expect(rad('Tid till återkoppling', 'Median')?.slice(6, 9)).toEqual(['32,2', 'dagar', 'nej']);
    expect(rad('Försenad återkoppling', 'Andel försenade')?.slice(6, 9)).toEqual(['25', 'procent', 'nej']);
  });

  it('writes a withheld figure as an empty value marked undertryckt, never as 0', () => {
    expect(rad('Per månad', '2026-01')?.slice(6)).toEqual(['', 'antal', 'ja', 'färre än 5', '', '', '']);
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

describe('avvikelserCsv rates per inhabitant', () => {
  const csv = rader(avvikelserCsv(underlag));
  const rad = (avsnitt: string, grupp: string, fran = '2025-11-01') => csv.find((r) => r[4] === avsnitt && r[5] === grupp && r[2] === fran);

  it("gives the area's count per 10 000 inhabitants and per 1 000 aged 65+ and 80+, to one decimal as on the page", () => {
    expect(rad('Totalt', 'Alla avvikelser')?.slice(10)).toEqual(['0,4', '0,3', '1']);
    expect(rad('Per kategori', 'Läkemedel')?.slice(10)).toEqual(['0,1', '0,1', '0,2']);
    expect(rad('Per status', 'Mottagen')?.slice(10)).toEqual(['0,3', '0,2', '0,6']);
  });

  it('leaves the rates empty, never 0, for a withheld count, a unit, a direction and a measure that is no count', () => {
    expect(rad('Totalt', 'Alla avvikelser', '2024-11-01')?.slice(10)).toEqual(['', '', '']);
    expect(rad('Per enhet', 'Vårdcentralen Angered (SE2321000131-E000000000101)')?.slice(10)).toEqual(['', '', '']);
    expect(rad('Riktning', 'Göteborg → Västra Götalandsregionen')?.slice(10)).toEqual(['', '', '']);
    expect(rad('Tid till återkoppling', 'Median')?.slice(10)).toEqual(['', '', '']);
  });

  it('writes a count of 0 as a rate of 0', () => {
    expect(rad('Per månad', '2025-11')?.slice(10)).toEqual(['0', '0', '0']);
  });

  it('leaves every rate empty when the population is not known', () => {
    const utan = rader(avvikelserCsv({ ...underlag, befolkning: null }));
    expect(utan.slice(1).every((r) => r.slice(10).every((falt) => falt === ''))).toBe(true);
  });
});

describe('avvikelserCsv per unit and per status', () => {
  const csv = rader(avvikelserCsv(underlag));
  const avsnitt = (namn: string) => csv.filter((r) => r[4] === namn).map((r) => [r[5], ...r.slice(6, 10)]);

  it('writes every status in workflow order, 0 where there were none', () => {
    expect(avsnitt('Per status').map((r) => r[0])).toEqual(['Rapporterad', 'Mottagen', 'Under utredning', 'Åtgärdad', 'Återkopplad', 'Avslutad', 'Avvisad']);
    expect(avsnitt('Per status')[0]).toEqual(['Rapporterad', '0', 'antal', 'nej', '']);
  });

  it('writes a unit by name and HSA-id, or by HSA-id alone, withheld as withheld', () => {
    expect(avsnitt('Per enhet')).toEqual([
      ['Vårdcentralen Angered (SE2321000131-E000000000101)', '10', 'antal', 'nej', ''],
      ['SE2120001480-B000000000003', '', 'antal', 'ja', 'färre än 5'],
    ]);
  });

  it('has no such lines while the breakdowns are not there', () => {
    const utan = rader(avvikelserCsv({ ...underlag, enheter: null, statusar: null }));
    expect(utan.some((r) => r[4] === 'Per enhet' || r[4] === 'Per status')).toBe(false);
  });
});

describe('csvFilnamn', () => {
  it('names the file after level, area and period', () => {
    expect(csvFilnamn('lokal', '1480-angered', '2025-11-01', '2026-10-31')).toBe('avvikelser-lokal-1480-angered-2025-11-01-2026-10-31.csv');
    expect(csvFilnamn('lansgemensam', null, '2025-11-01', '2026-10-31')).toBe('avvikelser-lansgemensam-2025-11-01-2026-10-31.csv');
  });
});
