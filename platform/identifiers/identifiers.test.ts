import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isHsaId, parseHsaId } from './hsaId.js';
import { isHuvudmanId } from './huvudman.js';
import { isVastraGotalandKommunkod, parseKommunkod } from './kommunkod.js';
import { parsePatientId, patientIdProblem } from './patientId.js';
import { patientPseudonym } from './patientPseudonym.js';

describe('patientIdProblem', () => {
  it('accepts Skatteverket test personnummer and samordningsnummer', () => {
    for (const valid of ['191212121212', '199006022397', '194408139089', '195005050512', '190101619807']) {
      expect(patientIdProblem(valid), valid).toBeNull();
    }
  });

  it('tells a wrong format from a wrong date or check digit', () => {
    expect(patientIdProblem('1212121212')).toBe('PERSONNUMMER_FORMAT');
    expect(patientIdProblem('19121212-1212')).toBe('PERSONNUMMER_FORMAT');
    expect(patientIdProblem('19121212121a')).toBe('PERSONNUMMER_FORMAT');
    expect(patientIdProblem('191212121213')).toBe('PERSONNUMMER_INVALID');
    expect(patientIdProblem('191213321218')).toBe('PERSONNUMMER_INVALID');
  });

  it('throws BAD_USER_INPUT with reason and field, never echoing the value', () => {
    try {
      parsePatientId('191212121213', 'input.patientId');
      expect.unreachable();
    } catch (error: any) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSONNUMMER_INVALID', field: 'input.patientId' });
      expect(error.message).not.toContain('191212121213');
    }
  });
});

describe('HSA-id', () => {
  it('accepts SE + 10 digits + - + letters/digits up to 31 characters', () => {
    expect(isHsaId('SE2321000131-E000000000001')).toBe(true);
    expect(isHsaId('SE2321000131-')).toBe(false);
    expect(isHsaId('SE232100013-E1')).toBe(false);
    expect(isHsaId('SE2321000131-E0000000000000000001')).toBe(false);
    expect(isHsaId('SE2321000131-E0 1')).toBe(false);
    expect(() => parseHsaId('x', 'hsaId')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'HSA_ID_INVALID' }) }));
  });
});

describe('kommunkod and huvudman', () => {
  it('accepts only Västra Götaland codes 1401–1499', () => {
    expect(isVastraGotalandKommunkod('1480')).toBe(true);
    expect(isVastraGotalandKommunkod('1400')).toBe(false);
    expect(isVastraGotalandKommunkod('0180')).toBe(false);
    expect(isVastraGotalandKommunkod('148')).toBe(false);
    expect(() => parseKommunkod('abcd', 'kommunkod')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'KOMMUNKOD_INVALID' }) }));
    expect(isHuvudmanId('VGR')).toBe(true);
    expect(isHuvudmanId('1490')).toBe(true);
    expect(isHuvudmanId('vgr')).toBe(false);
  });
});

describe('patientPseudonym', () => {
  it('is stable for one key, differs between keys, and does not contain the personnummer', () => {
    const a = patientPseudonym('191212121212', 'key-one');
    expect(patientPseudonym('191212121212', 'key-one')).toBe(a);
    expect(patientPseudonym('191212121212', 'key-two')).not.toBe(a);
    expect(a).not.toContain('1212');
    expect(a).toHaveLength(22);
  });

  it('is the keyed hash itself, also when answered from memory', () => {
    const expected = createHmac('sha256', 'key-three').update('191212121212').digest('base64url').slice(0, 22);
    expect(patientPseudonym('191212121212', 'key-three')).toBe(expected);
    expect(patientPseudonym('191212121212', 'key-three')).toBe(expected);
  });
});
