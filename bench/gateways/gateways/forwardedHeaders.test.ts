import { describe, expect, it } from 'vitest';
import { isForwardedHeader, pickForwardedHeaders } from './forwardedHeaders.js';

describe('pickForwardedHeaders', () => {
  it('keeps authorization and x-samsyn-* only, in lower case', () => {
    expect(
      pickForwardedHeaders({
        Authorization: 'Bearer t',
        'x-samsyn-atkomstgrund': 'nodatkomst',
        'X-Samsyn-Nodatkomst-Anledning': 'Medvetsl%C3%B6s',
        'content-type': 'application/json',
        cookie: 'a=b',
        'x-request-id': 'r1',
      }),
    ).toEqual({ authorization: 'Bearer t', 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': 'Medvetsl%C3%B6s' });
  });

  it('reads fetch Headers (an iterable of pairs) the same way', () => {
    const headers = new Headers({ authorization: 'Bearer t', 'x-samsyn-atkomstgrund': 'samtycke', accept: '*/*' });
    expect(pickForwardedHeaders(headers)).toEqual({ authorization: 'Bearer t', 'x-samsyn-atkomstgrund': 'samtycke' });
  });

  it('joins repeated values and skips missing ones', () => {
    expect(pickForwardedHeaders({ 'x-samsyn-a': ['1', '2'], authorization: undefined })).toEqual({ 'x-samsyn-a': '1, 2' });
  });

  it('does not take look-alike names', () => {
    expect(isForwardedHeader('x-samsyn')).toBe(false);
    expect(isForwardedHeader('proxy-authorization')).toBe(false);
    expect(isForwardedHeader('X-SAMSYN-ATKOMSTGRUND')).toBe(true);
  });
});
