import { describe, expect, it } from 'vitest';
import { faltrad, standardJamforelse } from './planjamforelse.js';

const vcA = { hsaId: 'SE2321000131-E000000000031', namn: 'Vårdcentralen Angered' };
const vcB = { hsaId: 'SE2321000131-E000000000032', namn: 'Vårdcentralen Hjällbo' };

describe('standardJamforelse', () => {
  it('compares the version in force with the one before it', () => {
    expect(standardJamforelse([3, 2, 1], 2)).toEqual({ fran: 1, till: 2 });
    expect(standardJamforelse([1, 2, 3], 3)).toEqual({ fran: 2, till: 3 });
  });

  it('uses the latest version when none is in force, and gives nothing with a single version', () => {
    expect(standardJamforelse([1, 2], null)).toEqual({ fran: 1, till: 2 });
    expect(standardJamforelse([1], 1)).toBeNull();
    expect(standardJamforelse([], null)).toBeNull();
  });
});

describe('faltrad', () => {
  it('names the vårdcentral and läkare when the region answered, else shows the HSA-id', () => {
    expect(faltrad({ falt: 'VARDCENTRAL', fore: vcA.hsaId, efter: vcB.hsaId }, { vardcentral: vcA, lakare: null }, { vardcentral: vcB, lakare: null })).toEqual({
      falt: 'Vårdcentral',
      gammalt: 'Vårdcentralen Angered',
      nytt: 'Vårdcentralen Hjällbo',
    });
    expect(faltrad({ falt: 'LAKARE', fore: 'SE2321000131-P1', efter: 'SE2321000131-P2' }, { vardcentral: null, lakare: null }, { vardcentral: null, lakare: null })).toEqual({
      falt: 'Läkare',
      gammalt: 'SE2321000131-P1',
      nytt: 'SE2321000131-P2',
    });
  });

  it('writes hours with a decimal comma and the round frequency in words', () => {
    const ingen = { vardcentral: null, lakare: null };
    expect(faltrad({ falt: 'LAKARMEDVERKAN_TIMMAR_PER_VECKA', fore: '2', efter: '2.5' }, ingen, ingen)).toEqual({ falt: 'Läkarmedverkan h/vecka', gammalt: '2', nytt: '2,5' });
    expect(faltrad({ falt: 'RONDFREKVENS', fore: 'VARJE_VECKA', efter: 'VARANNAN_VECKA' }, ingen, ingen)).toEqual({ falt: 'Rond', gammalt: 'Varje vecka', nytt: 'Varannan vecka' });
    expect(faltrad({ falt: 'KONTAKTPERSON_TELEFON', fore: '010-1', efter: '010-2' }, ingen, ingen)).toEqual({ falt: 'Kontaktpersonens telefon', gammalt: '010-1', nytt: '010-2' });
  });
});
