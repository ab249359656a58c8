import { describe, expect, it } from 'vitest';
import { analysperiod, aterkommandeKategorier } from './aterkommandeKategorier.js';

type Antal = { varde: number | null; undertryckt: boolean };
const withheld: Antal = { varde: null, undertryckt: true };
const shown = (varde: number): Antal => ({ varde, undertryckt: false });
const cell = (kategori: string, manad: string, antal: Antal = withheld) => ({ kategori, manad, antal });

describe('analysperiod', () => {
  it('covers the current month and the two before it, up to today', () => {
    expect(analysperiod('2026-11-30')).toEqual({ fran: '2026-09-01', till: '2026-11-30', manader: ['2026-09', '2026-10', '2026-11'] });
  });

  it('crosses a year end', () => {
    expect(analysperiod('2027-01-05')).toEqual({ fran: '2026-11-01', till: '2027-01-05', manader: ['2026-11', '2026-12', '2027-01'] });
    expect(analysperiod('2027-02-28').manader).toEqual(['2026-12', '2027-01', '2027-02']);
  });
});

describe('aterkommandeKategorier', () => {
  const manader = ['2026-09', '2026-10', '2026-11'];

  it('a category with avvikelser in 2 of the 3 months recurs; one month is not enough, however many', () => {
    const result = aterkommandeKategorier(
      [cell('LAKEMEDEL', '2026-09'), cell('LAKEMEDEL', '2026-10'), cell('VARDPLANERING', '2026-10', shown(10)), cell('OVRIGT', '2026-11')],
      manader,
    );
    expect(result).toEqual([{ kategori: 'LAKEMEDEL', manader: ['2026-09', '2026-10'] }]);
  });

  it('counts withheld cells (1–4 avvikelser) as months with avvikelser, and a shown 0 as none', () => {
    const result = aterkommandeKategorier([cell('SIP', '2026-09', withheld), cell('SIP', '2026-11', withheld), cell('BEMOTANDE', '2026-09', shown(0)), cell('BEMOTANDE', '2026-10', withheld)], manader);
    expect(result).toEqual([{ kategori: 'SIP', manader: ['2026-09', '2026-11'] }]);
  });

  it('puts categories seen in all 3 months before those seen in 2', () => {
    const result = aterkommandeKategorier(
      [cell('LAKEMEDEL', '2026-10'), cell('LAKEMEDEL', '2026-11'), cell('INFORMATIONSOVERFORING', '2026-09'), cell('INFORMATIONSOVERFORING', '2026-10', shown(5)), cell('INFORMATIONSOVERFORING', '2026-11')],
      manader,
    );
    expect(result.map((recurring) => [recurring.kategori, recurring.manader.length])).toEqual([
      ['INFORMATIONSOVERFORING', 3],
      ['LAKEMEDEL', 2],
    ]);
  });

  it('ignores months outside the window and cells without category or month', () => {
    const result = aterkommandeKategorier(
      [cell('LAKEMEDEL', '2026-07'), cell('LAKEMEDEL', '2026-08'), cell('LAKEMEDEL', '2026-11'), { kategori: null, manad: '2026-09', antal: withheld }, { kategori: 'SIP', manad: null, antal: withheld }],
      manader,
    );
    expect(result).toEqual([]);
  });

  it('is empty when there are no avvikelser', () => {
    expect(aterkommandeKategorier([], manader)).toEqual([]);
  });
});
