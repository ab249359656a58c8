import { describe, expect, it } from 'vitest';
import { loadBefolkning, parseBefolkningCsv } from './befolkning.js';
import { loadKommuner } from './kommuner.js';

const header = 'kommunkod,kommun,totalt,alder_65_plus,alder_80_plus';

describe('parseBefolkningCsv', () => {
  it('reads total, 65+ and 80+ per kommun', () => {
    expect(parseBefolkningCsv(`${header}\n1480,Göteborg,607000,91000,25500\n`)).toEqual([
      { kommunkod: '1480', totalt: 607000, alder65Plus: 91000, alder80Plus: 25500 },
    ]);
  });

  it('refuses another header, a missing number and age groups larger than the whole', () => {
    expect(() => parseBefolkningCsv('kommunkod,totalt\n1480,1')).toThrow(/header/);
    expect(() => parseBefolkningCsv(`${header}\n1480,Göteborg,607000,,25500`)).toThrow(/line 2/);
    expect(() => parseBefolkningCsv(`${header}\n1480,Göteborg,607000,25000,91000`)).toThrow(/line 2/);
    expect(() => parseBefolkningCsv(`${header}\n1480,Göteborg,1000,91000,25500`)).toThrow(/line 2/);
  });
});

describe('data/befolkning.csv', () => {
  it('has every kommun of data/kommuner.csv, and no other', () => {
    const befolkning = loadBefolkning();
    expect([...befolkning.keys()].sort()).toEqual(loadKommuner().map((kommun) => kommun.kommunkod));
    const lanet = [...befolkning.values()].reduce((summa, rad) => summa + rad.totalt, 0);
    // Västra Götaland had about 1.75 million inhabitants at the end of 2024.
    expect(lanet).toBeGreaterThan(1_650_000);
    expect(lanet).toBeLessThan(1_850_000);
  });
});
