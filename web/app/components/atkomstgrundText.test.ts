import { describe, expect, it } from 'vitest';
import { describeAtkomstgrund, hamtatMed } from './atkomstgrundText.js';

describe('the access ground in words', () => {
  it('names each ground', () => {
    expect(describeAtkomstgrund(null)).toBe('ingen åtkomstgrund (endast egen huvudmans uppgifter)');
    expect(describeAtkomstgrund({ typ: 'SAMTYCKE' })).toBe('samtycke');
    expect(describeAtkomstgrund({ typ: 'NODATKOMST', anledning: 'Medvetslös på akuten' })).toBe('nödåtkomst: ”Medvetslös på akuten”');
  });

  it('says what a list was fetched with, "utan" when there was none', () => {
    expect(hamtatMed(null)).toBe('Hämtat utan åtkomstgrund (endast egen huvudmans uppgifter).');
    expect(hamtatMed({ typ: 'SAMTYCKE' })).toBe('Hämtat med samtycke.');
    expect(hamtatMed(null)).not.toMatch(/med ingen/);
  });
});
