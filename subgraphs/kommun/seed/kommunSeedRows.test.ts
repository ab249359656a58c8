import { describe, it, expect } from 'vitest';
import type { KommunSlice } from '../../common/seed/World.js';
import { kommunSeedRows } from './kommunSeedRows.js';

const slice: KommunSlice = {
  boenden: [
    { id: 'boende-1480-0001', namn: 'Vård- och omsorgsboende Eken', kommunkod: '1480', naromradeId: '1480-angered', typ: 'SARSKILT_BOENDE', antalPlatser: 40 },
  ],
  patienter: [{ personnummer: '191212121212', kommunkod: '1480', naromradeId: '1480-angered' }],
  hemsjukvardInskrivningar: [
    {
      id: 'hsj-000001',
      personnummer: '191212121212',
      kommunkod: '1480',
      inskrivenFran: '2025-09-07',
      utskrivenDatum: null,
      ansvarigSjukskoterska: { hsaId: 'SE2120001480-S000000000001', namn: 'Anna Andersson' },
      insatser: [
        { typ: 'LAKEMEDELSHANTERING', besokPerVecka: 14 },
        { typ: 'PROVTAGNING', besokPerVecka: 0.25 },
      ],
    },
  ],
  hemtjanstBeslut: [
    {
      id: 'htj-000001',
      personnummer: '191212121212',
      kommunkod: '1480',
      beslutsdatum: '2024-01-10',
      giltigTill: null,
      beviljadeTimmarPerManad: 42.5,
      utforare: { namn: 'Hemtjänst Angered', regi: 'KOMMUNAL' },
      insatser: ['SERVICE', 'TRYGGHETSLARM'],
    },
  ],
  boendeVistelser: [{ id: 'bv-000001', personnummer: '191212121212', boendeId: 'boende-1480-0001', fran: '2026-05-05', till: null }],
};

describe('kommunSeedRows', () => {
  it('maps every seed to its table row, flattening nurse, utförare and insatser', () => {
    const rows = kommunSeedRows(slice);
    expect(rows.boende).toEqual([
      { id: 'boende-1480-0001', namn: 'Vård- och omsorgsboende Eken', kommunkod: '1480', naromrade_id: '1480-angered', typ: 'SARSKILT_BOENDE', antal_platser: 40 },
    ]);
    expect(rows.patient).toEqual([{ personnummer: '191212121212', kommunkod: '1480', naromrade_id: '1480-angered' }]);
    expect(rows.hemsjukvard_inskrivning[0]).toMatchObject({
      sjukskoterska_hsa_id: 'SE2120001480-S000000000001',
      sjukskoterska_namn: 'Anna Andersson',
      utskriven_datum: null,
    });
    expect(rows.hemsjukvard_insats).toEqual([
      { inskrivning_id: 'hsj-000001', kommunkod: '1480', typ: 'LAKEMEDELSHANTERING', besok_per_vecka: 14 },
      { inskrivning_id: 'hsj-000001', kommunkod: '1480', typ: 'PROVTAGNING', besok_per_vecka: 0.25 },
    ]);
    expect(rows.hemtjanst_beslut[0]).toMatchObject({ utforare_namn: 'Hemtjänst Angered', utforare_regi: 'KOMMUNAL', insatser: ['SERVICE', 'TRYGGHETSLARM'] });
  });

  it("gives each stay its boende's kommunkod", () => {
    expect(kommunSeedRows(slice).boende_vistelse).toEqual([
      { id: 'bv-000001', personnummer: '191212121212', boende_id: 'boende-1480-0001', kommunkod: '1480', fran: '2026-05-05', till: null },
    ]);
  });

  it('refuses a stay at a boende the slice does not have', () => {
    const broken: KommunSlice = { ...slice, boendeVistelser: [{ ...slice.boendeVistelser[0]!, boendeId: 'boende-1480-9999' }] };
    expect(() => kommunSeedRows(broken)).toThrow(/unknown boende/);
  });
});
