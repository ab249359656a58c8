import { Kind, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isPackedPseudonymer, packPseudonymer, PatientpseudonymerScalar, unpackPseudonymer } from './patientpseudonymerScalar.js';

const first = 'AbC-dEf_0123456789abcd';
const second = 'ZyX-wVu_9876543210zyxw';
const refusal = 'Patientpseudonymer must be one string of 22-character base64url pseudonyms';

describe('Patientpseudonymer', () => {
  it('passes pseudonyms packed one after another through as one string', () => {
    const packed = packPseudonymer([first, second]);
    expect(packed).toBe(first + second);
    expect(PatientpseudonymerScalar.serialize(packed)).toBe(packed);
    expect(PatientpseudonymerScalar.parseValue(packed)).toBe(packed);
    expect(PatientpseudonymerScalar.serialize('')).toBe('');
    expect(unpackPseudonymer(packed)).toEqual([first, second]);
    expect(unpackPseudonymer('')).toEqual([]);
  });

  it('refuses anything but whole pseudonyms of base64url', () => {
    for (const value of [first.slice(1), first + 'A', first.replace('A', 'å'), first.replace('A', ' '), [first], null, 1]) {
      expect(isPackedPseudonymer(value)).toBe(false);
      expect(() => PatientpseudonymerScalar.serialize(value)).toThrow(refusal);
      expect(() => PatientpseudonymerScalar.parseValue(value)).toThrow(refusal);
    }
    expect(() => packPseudonymer([first, 'short'])).toThrow(refusal);
    expect(() => packPseudonymer([first, second.replace('Z', '+')])).toThrow(refusal);
  });

  it('refuses a list that differs from one it accepted before by one character', () => {
    const packed = packPseudonymer([first, second]);
    expect(isPackedPseudonymer(packed)).toBe(true);
    expect(isPackedPseudonymer(packed.slice(0, -1) + '+')).toBe(false);
    expect(isPackedPseudonymer(packed.slice(0, -1))).toBe(false);
    expect(isPackedPseudonymer(packed)).toBe(true);
  });

  it('reads a string literal', () => {
    expect(PatientpseudonymerScalar.parseLiteral(parseValue(`"${first}${second}"`))).toBe(first + second);
    expect(() => PatientpseudonymerScalar.parseLiteral(parseValue(`["${first}"]`))).toThrow(refusal);
    expect(() => PatientpseudonymerScalar.parseLiteral({ kind: Kind.STRING, value: 'AbC' })).toThrow(refusal);
  });
});
