import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, requestedPage } from './route.js';

describe('routes in the URL fragment', () => {
  it('round-trips a page with parameters', () => {
    const route = { page: 'naromrade' as const, params: { id: '1480-angered', vy: 'agenda' } };
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(formatRoute(route)).toBe('#/naromrade?id=1480-angered&vy=agenda');
  });

  it('falls back to the NOSAM view for an empty or unknown fragment', () => {
    expect(parseRoute('')).toEqual({ page: 'naromrade', params: {} });
    expect(parseRoute('#/finns-inte?x=1')).toEqual({ page: 'naromrade', params: { x: '1' } });
  });

  it('tells a fragment that names no page from one that names a page or something unknown', () => {
    expect(requestedPage('#/granskning?logg=samverkan')).toEqual({ kind: 'page', page: 'granskning' });
    expect(requestedPage('#/naromrade')).toEqual({ kind: 'page', page: 'naromrade' });
    expect(requestedPage('#/patient?id=191212121212')).toEqual({ kind: 'page', page: 'patient' });
    expect(requestedPage('')).toEqual({ kind: 'none' });
    expect(requestedPage('#/')).toEqual({ kind: 'none' });
    expect(requestedPage('#/?id=1')).toEqual({ kind: 'none' });
    expect(requestedPage('#/finns-inte')).toEqual({ kind: 'unknown' });
    expect(requestedPage('#/finns-inte?id=191212121212')).toEqual({ kind: 'unknown' });
  });

  it('leaves out empty parameters', () => {
    expect(formatRoute({ page: 'avvikelser', params: { niva: 'LANSGEMENSAM', omrade: '' } })).toBe('#/avvikelser?niva=LANSGEMENSAM');
  });
});
