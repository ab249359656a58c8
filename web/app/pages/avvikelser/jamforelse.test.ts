import { describe, expect, it } from 'vitest';
import type { Omradesbefolkning } from './befolkning.js';
import { jamforelseParam, jamforelserader, lasJamforelse } from './jamforelse.js';
import type { Oversikt } from './oversikt.js';

describe('lasJamforelse', () => {
  it('reads the county, a vårdsamverkansområde and a närområde back', () => {
    for (const jamforelse of [
      { niva: 'LANSGEMENSAM', omrade: null },
      { niva: 'DELREGIONAL', omrade: 'goteborgsomradet' },
      { niva: 'LOKAL', omrade: '1480-angered' },
    ] as const) {
      expect(lasJamforelse(jamforelseParam(jamforelse)!)).toEqual(jamforelse);
    }
    expect(jamforelseParam({ niva: 'DELREGIONAL', omrade: 'simba' })).toBe('delregional:simba');
  });

  it('takes nothing, an unknown level or a missing area as no comparison', () => {
    expect(lasJamforelse(undefined)).toBeNull();
    expect(lasJamforelse('')).toBeNull();
    expect(lasJamforelse('kommunal:1480')).toBeNull();
    expect(lasJamforelse('delregional')).toBeNull();
    expect(lasJamforelse('delregional:')).toBeNull();
    expect(lasJamforelse('lansgemensam:simba')).toBeNull();
    expect(jamforelseParam(null)).toBeNull();
  });
});

const oversikt = (totalt: number, median: number | null): Oversikt => ({
  fran: '2026-01-01',
  till: '2026-06-30',
  totalt: { typ: 'varde', varde: totalt },
  aterkopplade: { typ: 'varde', varde: totalt },
  medianDagar: median === null ? { typ: 'undertryckt' } : { typ: 'varde', varde: median },
  percentil90Dagar: { typ: 'varde', varde: 50 },
  andelForsenade: { typ: 'varde', varde: 0.25 },
});
const befolkning = (totalt: number): Omradesbefolkning => ({
  totalt, alder65Plus: totalt / 5, alder80Plus: totalt / 20, ar: 2024, kalla: 'SCB', ungefarlig: false, kommunForNaromrade: null,
});

describe('jamforelserader', () => {
  it('sets totals, rates, time to återkoppling and share overdue side by side', () => {
    const rader = jamforelserader({ oversikt: oversikt(100, 30), befolkning: befolkning(500_000) }, { oversikt: oversikt(400, null), befolkning: befolkning(1_000_000) });
    expect(rader.map((rad) => rad.nyckel)).toEqual(['totalt', 'per-totalt', 'per-alder65Plus', 'per-alder80Plus', 'median', 'p90', 'forsenade']);
    expect(rader[0]!.varden).toEqual([{ typ: 'varde', varde: 100 }, { typ: 'varde', varde: 400 }]);
    // 100 per 500 000 = 2 per 10 000; 400 per 1 000 000 = 4 per 10 000.
    expect(rader[1]!.varden).toEqual([{ typ: 'varde', varde: 2 }, { typ: 'varde', varde: 4 }]);
    // 100 per 100 000 aged 65+ = 1 per 1 000.
    expect(rader[2]!.varden[0]).toEqual({ typ: 'varde', varde: 1 });
    expect(rader[4]!.varden).toEqual([{ typ: 'varde', varde: 30 }, { typ: 'undertryckt' }]);
    expect(rader[6]!.format).toBe('procent');
  });

  it('has no rate where the population is not known', () => {
    const rader = jamforelserader({ oversikt: oversikt(100, 30), befolkning: null }, { oversikt: oversikt(400, 20), befolkning: befolkning(1_000_000) });
    expect(rader[1]!.varden[0]).toEqual({ typ: 'saknas' });
  });
});
