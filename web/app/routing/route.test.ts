import { describe, expect, it } from 'vitest';
import { formatRoute, namesPage, parseRoute } from './route.js';

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

  it('tells a fragment that names a page from one that does not', () => {
    expect(namesPage('#/granskning?logg=samverkan')).toBe(true);
    expect(namesPage('#/naromrade')).toBe(true);
    expect(namesPage('')).toBe(false);
    expect(namesPage('#/')).toBe(false);
    expect(namesPage('#/finns-inte')).toBe(false);
  });

  it('leaves out empty parameters', () => {
    expect(formatRoute({ page: 'avvikelser', params: { niva: 'LANSGEMENSAM', omrade: '' } })).toBe('#/avvikelser?niva=LANSGEMENSAM');
  });
});
