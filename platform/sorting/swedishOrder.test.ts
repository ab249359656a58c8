import { describe, expect, it } from 'vitest';
import { bySwedishName, sortByNamn } from './swedishOrder.js';

describe('Swedish order', () => {
  it('puts å, ä, ö after z and in that order, unlike byte order', () => {
    const names = ['Öckerö', 'Ärlan', 'Åkervägen', 'Zeta', 'Angered'].map((namn) => ({ namn }));
    expect(names.sort(bySwedishName).map((row) => row.namn)).toEqual(['Angered', 'Zeta', 'Åkervägen', 'Ärlan', 'Öckerö']);
  });

  it('orders numbers in names by value and breaks ties by id', () => {
    const rows = [
      { id: 'b', namn: 'Hus 10' },
      { id: 'c', namn: 'Hus 2' },
      { id: 'a', namn: 'Hus 10' },
    ];
    expect(sortByNamn(rows).map((row) => row.id)).toEqual(['c', 'a', 'b']);
  });

  it('leaves its input untouched', () => {
    const rows = [{ id: '1', namn: 'B' }, { id: '2', namn: 'A' }];
    sortByNamn(rows);
    expect(rows.map((row) => row.namn)).toEqual(['B', 'A']);
  });
});
