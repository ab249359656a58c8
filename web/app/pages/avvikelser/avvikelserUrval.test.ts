import { describe, expect, it } from 'vitest';
import { analysforfragan, lasUrval, urvalParams } from './avvikelserUrval.js';

const idag = '2026-11-30';

describe('lasUrval', () => {
  it('opens on the whole county and the last twelve full months', () => {
    expect(lasUrval({}, idag)).toEqual({ niva: 'LANSGEMENSAM', omrade: null, fran: '2025-11-01', till: '2026-10-31' });
  });

  it('reads a bookmarked choice back', () => {
    const urval = { niva: 'LOKAL', omrade: '1480-angered', fran: '2026-01-01', till: '2026-06-30' } as const;
    const params = Object.fromEntries(Object.entries(urvalParams(urval)).map(([namn, varde]) => [namn, varde ?? '']));
    expect(params).toEqual({ niva: 'lokal', omrade: '1480-angered', fran: '2026-01-01', till: '2026-06-30' });
    expect(lasUrval(params, idag)).toEqual(urval);
  });

  it('ignores an area for the county and an unknown level', () => {
    expect(lasUrval({ niva: 'lansgemensam', omrade: 'simba' }, idag).omrade).toBeNull();
    expect(lasUrval({ niva: 'kommunal' }, idag).niva).toBe('LANSGEMENSAM');
  });
});

describe('analysforfragan', () => {
  it('asks for the county without an area', () => {
    expect(analysforfragan(lasUrval({}, idag))).toEqual({
      typ: 'klar',
      variabler: { niva: 'LANSGEMENSAM', omradeId: null, fran: '2025-11-01', till: '2026-10-31' },
    });
  });

  it('waits for an area at the lokal and delregional levels', () => {
    expect(analysforfragan(lasUrval({ niva: 'lokal' }, idag))).toMatchObject({ typ: 'valj-omrade', meddelande: 'Välj ett närområde under Område.' });
    expect(analysforfragan(lasUrval({ niva: 'delregional' }, idag))).toMatchObject({ typ: 'valj-omrade' });
    expect(analysforfragan(lasUrval({ niva: 'delregional', omrade: 'simba' }, idag))).toMatchObject({
      typ: 'klar',
      variabler: { niva: 'DELREGIONAL', omradeId: 'simba' },
    });
  });

  it('sends nothing for an impossible period', () => {
    expect(analysforfragan(lasUrval({ fran: '2026-12-01', till: '2026-01-01' }, idag))).toMatchObject({ typ: 'fel' });
  });
});
