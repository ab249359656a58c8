import { describe, expect, it } from 'vitest';
import { parseAtkomstgrund } from './atkomstgrund.js';

describe('parseAtkomstgrund', () => {
  it('reads samtycke and nödåtkomst with a percent-encoded reason', () => {
    expect(parseAtkomstgrund(undefined, undefined)).toBeNull();
    expect(parseAtkomstgrund('samtycke', undefined)).toEqual({ typ: 'SAMTYCKE' });
    expect(parseAtkomstgrund('nodatkomst', encodeURIComponent('Medvetslös, behöver läkemedelslistan'))).toEqual({
      typ: 'NODATKOMST',
      anledning: 'Medvetslös, behöver läkemedelslistan',
    });
  });

  it('refuses an unknown ground and nödåtkomst without a real reason', () => {
    const invalid = { extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'ATKOMSTGRUND_INVALID' }) };
    expect(() => parseAtkomstgrund('jag vill', undefined)).toThrow(expect.objectContaining(invalid));
    expect(() => parseAtkomstgrund('nodatkomst', undefined)).toThrow(expect.objectContaining(invalid));
    expect(() => parseAtkomstgrund('nodatkomst', 'kort')).toThrow(expect.objectContaining(invalid));
    expect(() => parseAtkomstgrund('nodatkomst', '%E0%A4%A')).toThrow(expect.objectContaining(invalid));
  });

  it.each([
    ['a NUL', 'Medvetslös patient%00', 'TEXT_CONTROL_CHARACTER'],
    ['an escape sequence', '%1B%5B31mMedvetsl%C3%B6s patient', 'TEXT_CONTROL_CHARACTER'],
    ['a C1 character', 'Medvetsl%C3%B6s%C2%85patient', 'TEXT_CONTROL_CHARACTER'],
    ['a personnummer', encodeURIComponent('Medvetslös, gäller 19121212-1212'), 'TEXT_CONTAINS_PERSONNUMMER'],
    ['a disguised personnummer', encodeURIComponent('Medvetslös, gäller x1912.12.12–1212'), 'TEXT_CONTAINS_PERSONNUMMER'],
  ])('refuses a nödåtkomst reason with %s, naming the header and never echoing the reason', (_name, reason, refusalReason) => {
    try {
      parseAtkomstgrund('nodatkomst', reason);
      expect.unreachable();
    } catch (error: any) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: refusalReason, field: 'x-samsyn-nodatkomst-anledning' });
      expect(error.message).not.toMatch(/Medvetsl|1212/);
    }
  });

  it('keeps line breaks and tabs a reason typed in a text area may hold', () => {
    expect(parseAtkomstgrund('nodatkomst', encodeURIComponent('Medvetslös patient,\r\nbehöver\tläkemedelslistan\n'))).toEqual({
      typ: 'NODATKOMST',
      anledning: 'Medvetslös patient,\r\nbehöver\tläkemedelslistan',
    });
  });
});
