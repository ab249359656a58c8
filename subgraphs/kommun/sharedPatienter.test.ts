import { describe, it, expect } from 'vitest';
import { countSharedPseudonymer } from './countSharedPseudonymer.js';
import { sharedPatienter } from './sharedPatienter.js';

const kommunens = [
  { personnummer: '194408139089', pseudonym: 'p-boras' },
  { personnummer: '191212121212', pseudonym: 'p-tolvan' },
  { personnummer: '195005050512', pseudonym: 'p-molndal' },
];

describe('sharedPatienter', () => {
  it('lists the kommun’s patients the region also lists, in personnummer order', () => {
    expect(sharedPatienter(['p-molndal', 'p-tolvan', 'p-okand'], kommunens)).toEqual(['191212121212', '195005050512']);
  });

  it('lists a patient the region names twice once', () => {
    expect(sharedPatienter(['p-tolvan', 'p-tolvan'], kommunens)).toEqual(['191212121212']);
  });

  it('is empty when either side has no patients', () => {
    expect(sharedPatienter([], kommunens)).toEqual([]);
    expect(sharedPatienter(['p-tolvan'], [])).toEqual([]);
  });

  it('has as many patients as countSharedPseudonymer counts', () => {
    const regionens = ['p-okand', 'p-boras', 'p-tolvan', 'p-boras'];
    expect(sharedPatienter(regionens, kommunens)).toHaveLength(
      countSharedPseudonymer(
        regionens,
        kommunens.map((row) => row.pseudonym),
      ),
    );
  });
});
