import { describe, expect, it } from 'vitest';
import { avvikelseanalysRequest, checkAvvikelseanalys, yearBefore } from './avvikelseanalys.js';

describe('yearBefore', () => {
  it('is the year up to the day before the reference date', () => {
    expect(yearBefore('2026-11-01')).toEqual({ fran: '2025-11-01', till: '2026-10-31' });
    expect(yearBefore('2024-03-01')).toEqual({ fran: '2023-03-01', till: '2024-02-29' });
  });
});

describe('avvikelseanalysRequest', () => {
  it('asks the county-wide roll-up by month, kategori and riktning for the period, without an access ground', () => {
    const request = avvikelseanalysRequest({ fran: '2025-11-01', till: '2026-10-31' }, 'tok');
    expect(request.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer tok' });
    const body = JSON.parse(request.body) as { query: string; variables: unknown };
    expect(body.variables).toEqual({ fran: '2025-11-01', till: '2026-10-31' });
    expect(body.query).toContain('niva: LANSGEMENSAM');
    expect(body.query).toContain('gruppera: [MANAD, KATEGORI, RIKTNING]');
  });
});

describe('checkAvvikelseanalys', () => {
  const period = { fran: '2025-11-01', till: '2026-10-31' };
  const analys = { niva: 'LANSGEMENSAM', ...period, celler: [{ manad: '2026-01' }] };

  it('accepts the analysis of the period with cells', () => {
    expect(checkAvvikelseanalys(JSON.stringify({ data: { avvikelseanalys: analys } }), period)).toBeNull();
  });

  it('refuses another period or no cells', () => {
    expect(checkAvvikelseanalys(JSON.stringify({ data: { avvikelseanalys: { ...analys, fran: '2025-01-01' } } }), period)).toMatch(/period/);
    expect(checkAvvikelseanalys(JSON.stringify({ data: { avvikelseanalys: { ...analys, celler: [] } } }), period)).toBe('no cells');
  });
});
