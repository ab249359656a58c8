import { describe, expect, it } from 'vitest';
import { correlationIdFrom, selectForwardedHeaders } from './gatewayContext.js';

describe('selectForwardedHeaders', () => {
  it('forwards the token and the access ground, nothing else (not other x-samsyn-* headers a client invents)', () => {
    expect(
      selectForwardedHeaders({
        authorization: 'Bearer abc',
        'x-samsyn-atkomstgrund': 'nodatkomst',
        'x-samsyn-nodatkomst-anledning': ['Medvetsl%C3%B6s', 'patient'],
        'x-samsyn-other': 'a',
        'samsyn-gateway-assertion': 'forged',
        cookie: 'session=1',
        host: 'localhost',
        'x-forwarded-for': '10.0.0.1',
      }),
    ).toEqual({ authorization: 'Bearer abc', 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': 'Medvetsl%C3%B6s, patient' });
  });
});

describe('correlationIdFrom', () => {
  it('keeps a well-formed client id, preferring x-correlation-id', () => {
    expect(correlationIdFrom({ 'x-request-id': '3f0c9a52-6a4e-4b53-a8b8-2d0f1c3e9b11' })).toBe('3f0c9a52-6a4e-4b53-a8b8-2d0f1c3e9b11');
    expect(correlationIdFrom({ 'x-correlation-id': 'journal-x:42', 'x-request-id': 'other' })).toBe('journal-x:42');
  });

  it('drops what is too long, empty, repeated or holds other characters', () => {
    expect(correlationIdFrom({ 'x-request-id': 'a'.repeat(129) })).toBeNull();
    expect(correlationIdFrom({ 'x-request-id': '' })).toBeNull();
    expect(correlationIdFrom({ 'x-request-id': 'id with spaces' })).toBeNull();
    expect(correlationIdFrom({ 'x-request-id': 'line\nbreak' })).toBeNull();
    expect(correlationIdFrom({ 'x-request-id': ['a', 'b'] })).toBeNull();
    expect(correlationIdFrom({})).toBeNull();
  });
});
