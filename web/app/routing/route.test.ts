import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route.js';

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

  it('leaves out empty parameters', () => {
    expect(formatRoute({ page: 'avvikelser', params: { niva: 'LANSGEMENSAM', omrade: '' } })).toBe('#/avvikelser?niva=LANSGEMENSAM');
  });
});
