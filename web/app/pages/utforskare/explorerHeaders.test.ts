import { describe, expect, it } from 'vitest';
import { explorerHeaders } from './explorerHeaders.js';

describe('explorerHeaders', () => {
  it('sends JSON with the logged-in user token', () => {
    expect(explorerHeaders('abc.def.ghi', undefined)).toEqual({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Bearer abc.def.ghi',
    });
  });

  it('sends no authorization when nobody is logged in, so the server answers UNAUTHENTICATED', () => {
    expect(explorerHeaders(null, {})).not.toHaveProperty('authorization');
  });

  it('adds the access ground typed in the headers tab', () => {
    expect(explorerHeaders('t', { 'x-samsyn-atkomstgrund': 'samtycke' })).toMatchObject({ authorization: 'Bearer t', 'x-samsyn-atkomstgrund': 'samtycke' });
  });

  it('lets a typed authorization replace the session token, whatever its case', () => {
    expect(explorerHeaders('session', { Authorization: 'Bearer system-client' })['authorization']).toBe('Bearer system-client');
  });

  it('percent-encodes a nödåtkomst reason typed in plain Swedish', () => {
    const headers = explorerHeaders('t', { 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': 'Medvetslös patient, behöver läkemedelslistan' });
    expect(headers['x-samsyn-nodatkomst-anledning']).toBe('Medvetsl%C3%B6s%20patient%2C%20beh%C3%B6ver%20l%C3%A4kemedelslistan');
  });

  it('does not encode a reason twice when it is already encoded', () => {
    const encoded = 'Medvetsl%C3%B6s%20patient';
    expect(explorerHeaders('t', { 'x-samsyn-nodatkomst-anledning': encoded })['x-samsyn-nodatkomst-anledning']).toBe(encoded);
  });

  it('encodes a reason with a stray percent sign instead of failing', () => {
    expect(explorerHeaders('t', { 'x-samsyn-nodatkomst-anledning': '100%' })['x-samsyn-nodatkomst-anledning']).toBe('100%25');
  });

  it('skips empty values and writes other values as text', () => {
    expect(explorerHeaders('t', { 'x-tom': null, 'x-tal': 5 })).toMatchObject({ 'x-tal': '5' });
    expect(explorerHeaders('t', { 'x-tom': null })).not.toHaveProperty('x-tom');
  });
});
