import { describe, expect, it } from 'vitest';
import { riktningsmatris, skuggningsniva } from './riktningsmatris.js';

const vgr = { id: 'VGR', typ: 'REGION', namn: 'Västra Götalandsregionen' } as const;
const boras = { id: '1490', typ: 'KOMMUN', namn: 'Borås' } as const;
const ale = { id: '1440', typ: 'KOMMUN', namn: 'Ale' } as const;
const orust = { id: '1421', typ: 'KOMMUN', namn: 'Orust' } as const;
const antal = (varde: number) => ({ varde, undertryckt: false });

describe('riktningsmatris', () => {
  const matris = riktningsmatris([
    { rapporterandeHuvudman: boras, mottagandeHuvudman: vgr, antal: antal(40) },
    { rapporterandeHuvudman: vgr, mottagandeHuvudman: boras, antal: antal(15) },
    { rapporterandeHuvudman: ale, mottagandeHuvudman: vgr, antal: { varde: null, undertryckt: true } },
    { rapporterandeHuvudman: orust, mottagandeHuvudman: ale, antal: antal(5) },
  ]);

  it('gives one row per kommun, in Swedish name order, with both directions', () => {
    expect(matris.region).toEqual({ id: 'VGR', namn: 'Västra Götalandsregionen' });
    expect(matris.rader).toEqual([
      { kommun: { id: '1440', namn: 'Ale' }, tillRegionen: { typ: 'undertryckt' }, franRegionen: { typ: 'varde', varde: 0 } },
      { kommun: { id: '1490', namn: 'Borås' }, tillRegionen: { typ: 'varde', varde: 40 }, franRegionen: { typ: 'varde', varde: 15 } },
    ]);
  });

  it('keeps a pair that is not region ↔ kommun instead of losing it', () => {
    expect(matris.ovriga).toEqual([{ rapporterande: 'Orust', mottagande: 'Ale', antal: { typ: 'varde', varde: 5 } }]);
  });

  it('knows the largest shown count for shading', () => {
    expect(matris.storsta).toBe(40);
  });

  it('is empty without cells', () => {
    expect(riktningsmatris([])).toEqual({ region: null, rader: [], ovriga: [], storsta: 0 });
  });
});

describe('skuggningsniva', () => {
  it('shades by share of the largest count, never a zero or a withheld cell', () => {
    expect(skuggningsniva({ typ: 'varde', varde: 40 }, 40)).toBe(4);
    expect(skuggningsniva({ typ: 'varde', varde: 15 }, 40)).toBe(2);
    expect(skuggningsniva({ typ: 'varde', varde: 5 }, 40)).toBe(1);
    expect(skuggningsniva({ typ: 'varde', varde: 0 }, 40)).toBe(0);
    expect(skuggningsniva({ typ: 'undertryckt' }, 40)).toBe(0);
  });
});
