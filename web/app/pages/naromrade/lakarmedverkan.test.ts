import { describe, expect, it } from 'vitest';
import { lakarmedverkanPerVardcentral, lakarmedverkanTotalt, minuterPerPlats, timmarPerPlats } from './lakarmedverkan.js';

describe('timmarPerPlats', () => {
  it('divides the agreed hours per week by the boende’s places', () => {
    expect(timmarPerPlats(14, 73)).toBeCloseTo(0.1918, 4);
    expect(timmarPerPlats(6, 28)).toBeCloseTo(0.2143, 4);
  });

  it('has no value for a boende without places or with unknown places (never divides by zero)', () => {
    expect(timmarPerPlats(2, 0)).toBeNull();
    expect(timmarPerPlats(2, null)).toBeNull();
  });
});

describe('minuterPerPlats', () => {
  it('rounds to whole minutes per place and week', () => {
    // 2 h for 17 places: 7.06 minutes.
    expect(minuterPerPlats(2, 17)).toBe(7);
    // 1.5 h for 10 places: 9 minutes.
    expect(minuterPerPlats(1.5, 10)).toBe(9);
    expect(minuterPerPlats(1.5, null)).toBeNull();
  });
});

describe('lakarmedverkanPerVardcentral and lakarmedverkanTotalt', () => {
  const rader = [
    { vardcentralHsaId: 'VC-A', timmarPerVecka: 2, antalPlatser: 17 },
    { vardcentralHsaId: 'VC-B', timmarPerVecka: 6, antalPlatser: 28 },
    { vardcentralHsaId: 'VC-A', timmarPerVecka: 1.5, antalPlatser: 10 },
    { vardcentralHsaId: 'VC-B', timmarPerVecka: 14, antalPlatser: 73 },
  ];

  it('sums each vårdcentral’s boenden, hours and places, and the hours per place over them', () => {
    const perVardcentral = lakarmedverkanPerVardcentral(rader);
    expect(perVardcentral.get('VC-A')).toEqual({ antalBoenden: 2, timmarPerVecka: 3.5, antalPlatser: 27, timmarPerPlats: 3.5 / 27 });
    expect(perVardcentral.get('VC-B')).toEqual({ antalBoenden: 2, timmarPerVecka: 20, antalPlatser: 101, timmarPerPlats: 20 / 101 });
  });

  it('weights by places for the whole plan (not an average of the boenden’s ratios)', () => {
    const totalt = lakarmedverkanTotalt(rader);
    expect(totalt.timmarPerVecka).toBe(23.5);
    expect(totalt.antalPlatser).toBe(128);
    expect(totalt.timmarPerPlats).toBeCloseTo(23.5 / 128, 10);
  });

  it('leaves out rows whose vårdcentral is unknown, and gives no per-place figure when places are unknown', () => {
    const perVardcentral = lakarmedverkanPerVardcentral([...rader, { vardcentralHsaId: null, timmarPerVecka: 9, antalPlatser: 5 }]);
    expect([...perVardcentral.keys()]).toEqual(['VC-A', 'VC-B']);
    const utanPlatser = lakarmedverkanTotalt([{ vardcentralHsaId: 'VC-A', timmarPerVecka: 2, antalPlatser: null }, rader[1]!]);
    expect(utanPlatser).toEqual({ antalBoenden: 2, timmarPerVecka: 8, antalPlatser: null, timmarPerPlats: null });
  });

  it('is empty for an empty plan', () => {
    expect(lakarmedverkanTotalt([])).toEqual({ antalBoenden: 0, timmarPerVecka: 0, antalPlatser: 0, timmarPerPlats: null });
    expect(lakarmedverkanPerVardcentral([]).size).toBe(0);
  });
});
