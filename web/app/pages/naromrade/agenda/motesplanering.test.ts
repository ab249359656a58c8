import { describe, expect, it } from 'vitest';
import { lasPlanering, moteRubrik, rader, sparaPlanering, tomPlanering } from './motesplanering.js';

function minne() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe('motesplanering', () => {
  it('keeps one preparation per närområde, and reads nothing odd back', () => {
    const storage = minne();
    const planering = { ...tomPlanering, datum: '2026-12-14', starttid: '13:30', plats: 'Angereds närsjukhus', inbjudna: 'Eva Ek\n\n Omar Ali ', egnaPunkter: 'Julens bemanning' };
    sparaPlanering('1480-angered', planering, storage);
    expect(lasPlanering('1480-angered', storage)).toEqual(planering);
    expect(lasPlanering('1480-centrum', storage)).toEqual(tomPlanering);
    storage.setItem('samsyn.motesplanering.1480-askim', '{"datum": 5, "plats": "Askim"}');
    expect(lasPlanering('1480-askim', storage)).toEqual({ ...tomPlanering, plats: 'Askim' });
    storage.setItem('samsyn.motesplanering.1480-x', 'inte json');
    expect(lasPlanering('1480-x', storage)).toEqual(tomPlanering);
  });

  it('reads lines and words the meeting', () => {
    expect(rader('Eva Ek\n\n Omar Ali ')).toEqual(['Eva Ek', 'Omar Ali']);
    expect(moteRubrik({ ...tomPlanering, datum: '2026-12-14', starttid: '13:30', plats: ' Angereds närsjukhus ' })).toBe('Möte 2026-12-14 kl. 13:30, Angereds närsjukhus');
    expect(moteRubrik({ ...tomPlanering, datum: '2026-12-14' })).toBe('Möte 2026-12-14');
    expect(moteRubrik(tomPlanering)).toBeNull();
  });
});
