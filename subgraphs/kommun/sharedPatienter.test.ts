import { describe, it, expect } from 'vitest';
import { patientPseudonym } from '../../platform/identifiers/patientPseudonym.js';
import { packPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';
import { countSharedPseudonymer } from './countSharedPseudonymer.js';
import { sharedPatienter } from './sharedPatienter.js';

const key = 'test-key-of-at-least-thirty-two-characters';
const pseudonymOf = (personnummer: string) => patientPseudonym(personnummer, key);
const [boras, tolvan, molndal, okand] = ['194408139089', '191212121212', '195005050512', '190001010000'].map(pseudonymOf) as [string, string, string, string];
const kommunens = [
  { personnummer: '194408139089', pseudonym: boras },
  { personnummer: '191212121212', pseudonym: tolvan },
  { personnummer: '195005050512', pseudonym: molndal },
];

describe('sharedPatienter', () => {
  it('lists the kommun’s patients the region also lists, in personnummer order', () => {
    expect(sharedPatienter([molndal, tolvan, okand], kommunens)).toEqual(['191212121212', '195005050512']);
  });

  it('lists a patient the region names twice once', () => {
    expect(sharedPatienter([tolvan, tolvan], kommunens)).toEqual(['191212121212']);
  });

  it('is empty when either side has no patients', () => {
    expect(sharedPatienter([], kommunens)).toEqual([]);
    expect(sharedPatienter([tolvan], [])).toEqual([]);
  });

  it('has as many patients as countSharedPseudonymer counts', () => {
    const regionens = [okand, boras, tolvan, boras];
    expect(sharedPatienter(regionens, kommunens)).toHaveLength(
      countSharedPseudonymer(
        packPseudonymer(regionens),
        kommunens.map((row) => row.pseudonym),
      ),
    );
  });
});
