import { describe, expect, it } from 'vitest';
import { kategoriserie } from './kategoriserie.js';

describe('kategoriserie', () => {
  const serie = kategoriserie(
    [
      { kategori: 'LAKEMEDEL', antal: { varde: 5, undertryckt: false } },
      { kategori: 'INFORMATIONSOVERFORING', antal: { varde: 10, undertryckt: false } },
      { kategori: 'BEMOTANDE', antal: { varde: null, undertryckt: true } },
    ],
    5,
  );

  it('shows every category, largest first, with categories without cells as 0', () => {
    expect(serie).toHaveLength(9);
    expect(serie.slice(0, 4).map((stapel) => [stapel.namn, stapel.antal])).toEqual([
      ['Informationsöverföring', { typ: 'varde', varde: 10 }],
      ['Läkemedel', { typ: 'varde', varde: 5 }],
      ['Bemötande', { typ: 'undertryckt' }],
      ['In- och utskrivning', { typ: 'varde', varde: 0 }],
    ]);
  });

  it('places a withheld category between the shown counts and the zeros', () => {
    const bemotande = serie.findIndex((stapel) => stapel.kategori === 'BEMOTANDE');
    expect(serie.slice(bemotande + 1).every((stapel) => stapel.antal.typ === 'varde' && stapel.antal.varde === 0)).toBe(true);
  });
});
