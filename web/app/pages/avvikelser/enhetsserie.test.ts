import { describe, expect, it } from 'vitest';
import { enhetsserie } from './enhetsserie.js';

const vardcentral = 'SE2321000131-E000000000101';
const boende = 'SE2120001480-B000000000003';
const hemtjanst = 'SE2120001480-E000000002001';
const namn = new Map([
  [vardcentral, 'Vårdcentralen Angered'],
  ['SE2321000131-E000000000102', 'Vårdcentralen Östra'],
]);

describe('enhetsserie', () => {
  const serie = enhetsserie(
    [
      { enhetHsaId: boende, antal: { varde: 5, undertryckt: false } },
      { enhetHsaId: hemtjanst, antal: { varde: null, undertryckt: true } },
      { enhetHsaId: vardcentral, antal: { varde: 5, undertryckt: false } },
      { enhetHsaId: 'SE2321000131-E000000000102', antal: { varde: 15, undertryckt: false } },
    ],
    namn,
    5,
  );

  it('orders units by count, most first, and equal counts by name', () => {
    expect(serie.map((stapel) => [stapel.namn, stapel.antal])).toEqual([
      ['Vårdcentralen Östra', { typ: 'varde', varde: 15 }],
      [boende, { typ: 'varde', varde: 5 }],
      ['Vårdcentralen Angered', { typ: 'varde', varde: 5 }],
      [hemtjanst, { typ: 'undertryckt' }],
    ]);
  });

  it('names a vårdcentral and shows a unit without a known name by its HSA-id', () => {
    expect(serie.find((stapel) => stapel.hsaId === vardcentral)).toMatchObject({ namn: 'Vårdcentralen Angered', namnKant: true });
    expect(serie.find((stapel) => stapel.hsaId === boende)).toMatchObject({ namn: boende, namnKant: false });
  });

  it('keeps a withheld count withheld, never 0, below every shown count', () => {
    expect(serie.at(-1)?.antal).toEqual({ typ: 'undertryckt' });
  });

  it('leaves out a cell without a unit', () => {
    expect(enhetsserie([{ enhetHsaId: null, antal: { varde: 5, undertryckt: false } }], namn, 5)).toEqual([]);
  });
});
