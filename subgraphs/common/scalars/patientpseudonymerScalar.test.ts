import { Kind, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PatientpseudonymerScalar } from './patientpseudonymerScalar.js';

describe('Patientpseudonymer', () => {
  it('passes a list of strings through as it is, in one value', () => {
    const pseudonymer = ['AbC-dEf_0123456789abcd', 'ZyX-wVu_9876543210zyxw'];
    expect(PatientpseudonymerScalar.serialize(pseudonymer)).toBe(pseudonymer);
    expect(PatientpseudonymerScalar.parseValue(pseudonymer)).toBe(pseudonymer);
    expect(PatientpseudonymerScalar.serialize([])).toEqual([]);
  });

  it('refuses anything but a list of strings', () => {
    for (const value of ['AbC', [1, 2], ['AbC', null], { 0: 'AbC' }, null]) {
      expect(() => PatientpseudonymerScalar.serialize(value)).toThrow('Patientpseudonymer must be a list of strings');
      expect(() => PatientpseudonymerScalar.parseValue(value)).toThrow('Patientpseudonymer must be a list of strings');
    }
  });

  it('reads a list of string literals', () => {
    expect(PatientpseudonymerScalar.parseLiteral(parseValue('["AbC", "dEf"]'))).toEqual(['AbC', 'dEf']);
    expect(() => PatientpseudonymerScalar.parseLiteral(parseValue('["AbC", 1]'))).toThrow('Patientpseudonymer must be a list of strings');
    expect(() => PatientpseudonymerScalar.parseLiteral({ kind: Kind.STRING, value: 'AbC' })).toThrow('Patientpseudonymer must be a list of strings');
  });
});
