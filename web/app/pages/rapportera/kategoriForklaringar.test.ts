import { describe, expect, it } from 'vitest';
import { avvikelseKategoriNamn } from '../../format/kodnamn.js';
import { kategoriForklaringar } from './kategoriForklaringar.js';

describe('kategoriForklaringar', () => {
  it('explains every category the form offers in one Swedish sentence', () => {
    expect(Object.keys(kategoriForklaringar).sort()).toEqual(Object.keys(avvikelseKategoriNamn).sort());
    for (const text of Object.values(kategoriForklaringar)) {
      expect(text).toMatch(/^[A-ZÅÄÖ].*\.$/);
      expect(text).not.toContain('\n');
      expect(text.length).toBeLessThan(140);
    }
  });
});
