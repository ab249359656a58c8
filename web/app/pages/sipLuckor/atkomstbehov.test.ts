import { describe, it, expect } from 'vitest';
import { delarSomKraverAtkomstgrund } from './atkomstbehov.js';

describe('delarSomKraverAtkomstgrund', () => {
  it('asks the närområde’s own kommun for a ground only for the region’s listning and fast läkarkontakt', () => {
    expect(delarSomKraverAtkomstgrund('1480', '1480')).toEqual(['REGIONENS_UPPGIFTER']);
  });

  it('asks the region for a ground for the list itself and the kommun’s insatser, not for SIPs it is party to', () => {
    expect(delarSomKraverAtkomstgrund('VGR', '1480')).toEqual(['LISTA_OCH_INSATSER']);
  });

  it('asks another kommun for a ground for everything', () => {
    expect(delarSomKraverAtkomstgrund('1490', '1480')).toEqual(['LISTA_OCH_INSATSER', 'SIP', 'REGIONENS_UPPGIFTER']);
  });
});
