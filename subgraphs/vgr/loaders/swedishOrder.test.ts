import { describe, expect, it } from 'vitest';
import { bySwedishName } from './swedishOrder.js';

describe('bySwedishName', () => {
  it('puts å, ä, ö after z and in that order, unlike byte order', () => {
    const names = ['Öckerö', 'Ärlan', 'Åkervägen', 'Zeta', 'Angered'].map((namn) => ({ namn }));
    expect(names.sort(bySwedishName).map((row) => row.namn)).toEqual(['Angered', 'Zeta', 'Åkervägen', 'Ärlan', 'Öckerö']);
  });
});
