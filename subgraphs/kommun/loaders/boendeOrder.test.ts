import { describe, it, expect } from 'vitest';
import { sortByNamn } from './boendeOrder.js';

describe('sortByNamn', () => {
  it('puts å, ä, ö last, in that order, as Swedish does', () => {
    const rows = ['Örnen', 'Ängen', 'Åkern', 'Zeta', 'Almen'].map((namn, index) => ({ id: String(index), namn }));
    expect(sortByNamn(rows).map((row) => row.namn)).toEqual(['Almen', 'Zeta', 'Åkern', 'Ängen', 'Örnen']);
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
