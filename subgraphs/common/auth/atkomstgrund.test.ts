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
});
