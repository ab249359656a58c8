import { describe, it, expect } from 'vitest';
import { sortNaromraden } from './sortNaromraden.js';

const naromrade = (id: string, namn: string, kommunkod: string) => ({ id, namn, kommunkod, vardsamverkansomradeId: 'x' });

describe('sortNaromraden', () => {
  it('orders by kommunkod, then by name with å, ä, ö last as in Swedish', () => {
    const sorted = sortNaromraden([
      naromrade('1480-ostra-goteborg', 'Östra Göteborg', '1480'),
      naromrade('1490-boras-norr', 'Borås Norr', '1490'),
      naromrade('1480-orgryte-harlanda', 'Örgryte-Härlanda', '1480'),
      naromrade('1480-angered', 'Angered', '1480'),
      naromrade('1480-vastra-hisingen', 'Västra Hisingen', '1480'),
      naromrade('1401-harryda', 'Härryda', '1401'),
    ]);
    expect(sorted.map((row) => row.namn)).toEqual([
      'Härryda',
      'Angered',
      'Västra Hisingen',
      'Örgryte-Härlanda',
      'Östra Göteborg',
      'Borås Norr',
    ]);
  });
});
