import { describe, expect, it } from 'vitest';
import { loadKommuner } from '../../../platform/reference/kommuner.js';
import { naromradenForKommun } from './naromradenForKommun.js';

const all = loadKommuner().flatMap(naromradenForKommun);
const ofKommun = (kommunkod: string) => all.filter((definition) => definition.naromrade.kommunkod === kommunkod);

describe('naromradenForKommun', () => {
  it("gives Göteborg its ten former stadsdelar", () => {
    expect(ofKommun('1480').map((definition) => definition.naromrade.id)).toEqual([
      '1480-angered',
      '1480-ostra-goteborg',
      '1480-orgryte-harlanda',
      '1480-centrum',
      '1480-majorna-linne',
      '1480-askim-frolunda-hogsbo',
      '1480-vastra-goteborg',
      '1480-vastra-hisingen',
      '1480-lundby',
      '1480-norra-hisingen',
    ]);
    expect(ofKommun('1480').find((definition) => definition.naromrade.id === '1480-orgryte-harlanda')?.naromrade.namn).toBe('Örgryte-Härlanda');
  });

  it('splits Borås in three and Mölndal, Trollhättan, Uddevalla and Skövde in two', () => {
    expect(ofKommun('1490')).toHaveLength(3);
    for (const kommunkod of ['1481', '1488', '1485', '1496']) expect(ofKommun(kommunkod)).toHaveLength(2);
  });

  it('gives every other kommun one närområde named after it', () => {
    const split = new Set(['1480', '1490', '1481', '1488', '1485', '1496']);
    for (const kommun of loadKommuner().filter((k) => !split.has(k.kommunkod))) {
      expect(ofKommun(kommun.kommunkod).map((definition) => definition.naromrade.namn)).toEqual([kommun.namn]);
    }
    expect(ofKommun('1401')[0]?.naromrade.id).toBe('1401-harryda');
    expect(ofKommun('1462')[0]?.naromrade.id).toBe('1462-lilla-edet');
  });

  it('makes 64 närområden with unique ASCII ids and population shares summing to 1 per kommun', () => {
    expect(all).toHaveLength(64);
    expect(new Set(all.map((definition) => definition.naromrade.id)).size).toBe(64);
    for (const { naromrade } of all) expect(naromrade.id).toMatch(new RegExp(`^${naromrade.kommunkod}-[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const kommun of loadKommuner()) {
      const shares = ofKommun(kommun.kommunkod).reduce((sum, definition) => sum + definition.populationShare, 0);
      expect(shares).toBeCloseTo(1, 10);
    }
  });
});
