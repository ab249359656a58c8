import { describe, expect, it } from 'vitest';
import type { World } from '../../../subgraphs/common/seed/World.js';
import { largestNaromrade, patientsAtBothHuvudman, sampleFixed } from './benchWorld.js';

function tinyWorld(): World {
  const boende = (id: string, naromradeId: string) => ({ id, namn: id, kommunkod: '1480', naromradeId, typ: 'SARSKILT_BOENDE' as const, antalPlatser: 10 });
  return {
    scale: 'small',
    referenceDate: '2026-11-01',
    vgr: {
      vardcentraler: [],
      lakare: [
        { hsaId: 'L1', namn: 'a', vardcentralHsaId: 'V1' },
        { hsaId: 'L2', namn: 'b', vardcentralHsaId: 'V1' },
      ],
      narsjukvardsteam: [],
      listningar: [
        { personnummer: 'p1', vardcentralHsaId: 'V1', listadSedan: '2020-01-01', senasteVardkontakt: null },
        { personnummer: 'p2', vardcentralHsaId: 'V1', listadSedan: '2020-01-01', senasteVardkontakt: null },
        { personnummer: 'p4', vardcentralHsaId: 'V9', listadSedan: '2020-01-01', senasteVardkontakt: null },
      ],
      fastLakarkontakter: [],
      narsjukvardsteamEpisoder: [],
    },
    kommun: {
      boenden: [boende('b1', 'n-b'), boende('b2', 'n-b'), boende('b3', 'n-a')],
      patienter: [
        { personnummer: 'p1', kommunkod: '1480', naromradeId: 'n-a' },
        { personnummer: 'p3', kommunkod: '1480', naromradeId: 'n-b' },
        { personnummer: 'p4', kommunkod: '1480', naromradeId: 'n-c' },
      ],
      hemsjukvardInskrivningar: [],
      hemtjanstBeslut: [],
      boendeVistelser: [],
    },
    samverkan: {
      naromraden: [
        { id: 'n-a', namn: 'A', kommunkod: '1480' },
        { id: 'n-b', namn: 'B', kommunkod: '1480' },
        { id: 'n-c', namn: 'C', kommunkod: '1480' },
      ],
      naromradesplaner: [],
      boendeansvar: [],
      atgarder: [],
      avvikelser: [],
      sipar: [],
      moten: [],
    },
  };
}

describe('largestNaromrade', () => {
  it('takes the most patients, then the most boenden', () => {
    // n-a, n-b and n-c have one patient each; n-b has two boenden.
    expect(largestNaromrade(tinyWorld())).toEqual({ id: 'n-b', kommunkod: '1480' });
  });
});

describe('patientsAtBothHuvudman', () => {
  it('keeps patients listed at a vårdcentral with a läkare and known to a kommun, with the first läkare', () => {
    expect(patientsAtBothHuvudman(tinyWorld())).toEqual([{ personnummer: 'p1', vardcentralHsaId: 'V1', lakareHsaId: 'L1' }]);
  });
});

describe('sampleFixed', () => {
  const items = Array.from({ length: 100 }, (_, index) => index);

  it('draws the same distinct items for the same seed', () => {
    const first = sampleFixed(items, 10, 'seed');
    expect(sampleFixed(items, 10, 'seed')).toEqual(first);
    expect(new Set(first).size).toBe(10);
    expect(sampleFixed(items, 10, 'other')).not.toEqual(first);
  });

  it('refuses more than there are', () => {
    expect(() => sampleFixed(items, 101, 'seed')).toThrow();
  });
});
