import { describe, expect, it } from 'vitest';
import { huvudmanText, kommunerEfterNamn, kommunnamnEllerKod } from './kommunnamn.js';

const namn = new Map([
  ['1480', 'Göteborg'],
  ['1401', 'Härryda'],
  ['1440', 'Ale'],
  ['1407', 'Öckerö'],
  ['1415', 'Stenungsund'],
]);

describe('kommun names', () => {
  it('names the kommun, and falls back to its code while the names are missing', () => {
    expect(kommunnamnEllerKod(namn, '1480')).toBe('Göteborg');
    expect(kommunnamnEllerKod(new Map(), '1480')).toBe('kommun 1480');
    expect(kommunnamnEllerKod(new Map(), '1480', 'Kommun')).toBe('Kommun 1480');
  });

  it('shows the region as VGR and a kommun by name in the header', () => {
    expect(huvudmanText('VGR', namn)).toBe('VGR');
    expect(huvudmanText('1480', namn)).toBe('Göteborg');
    expect(huvudmanText('1480', new Map())).toBe('kommun 1480');
  });

  it('orders kommuner by Swedish name, Ö last, not by kommunkod', () => {
    const kommuner = ['1401', '1407', '1415', '1440', '1480'].map((kod) => ({ kod }));
    expect(kommunerEfterNamn(kommuner, namn).map((kommun) => namn.get(kommun.kod))).toEqual(['Ale', 'Göteborg', 'Härryda', 'Stenungsund', 'Öckerö']);
  });

  it('orders by kommunkod when no names came, and leaves its input untouched', () => {
    const kommuner = [{ kod: '1480' }, { kod: '1401' }];
    expect(kommunerEfterNamn(kommuner, new Map())).toEqual([{ kod: '1401' }, { kod: '1480' }]);
    expect(kommuner).toEqual([{ kod: '1480' }, { kod: '1401' }]);
  });
});
