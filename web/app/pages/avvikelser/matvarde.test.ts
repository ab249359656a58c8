import { describe, expect, it } from 'vitest';
import { matvardeAvAntal, matvardeMedUnderlag, stapelhojd } from './matvarde.js';

describe('matvardeAvAntal', () => {
  it('keeps a withheld count apart from a zero and from a missing one', () => {
    expect(matvardeAvAntal({ varde: 0, undertryckt: false })).toEqual({ typ: 'varde', varde: 0 });
    expect(matvardeAvAntal({ varde: null, undertryckt: true })).toEqual({ typ: 'undertryckt' });
    expect(matvardeAvAntal(null)).toEqual({ typ: 'saknas' });
  });
});

describe('matvardeMedUnderlag', () => {
  it('tells a withheld median from one with nothing behind it', () => {
    expect(matvardeMedUnderlag(36.2, { typ: 'varde', varde: 20 })).toEqual({ typ: 'varde', varde: 36.2 });
    expect(matvardeMedUnderlag(null, { typ: 'undertryckt' })).toEqual({ typ: 'undertryckt' });
    expect(matvardeMedUnderlag(null, { typ: 'varde', varde: 5 })).toEqual({ typ: 'undertryckt' });
    expect(matvardeMedUnderlag(null, { typ: 'varde', varde: 0 })).toEqual({ typ: 'inget' });
    expect(matvardeMedUnderlag(null, { typ: 'saknas' })).toEqual({ typ: 'saknas' });
  });
});

describe('stapelhojd', () => {
  it('draws a withheld count up to the threshold − 1 and a missing one not at all', () => {
    expect(stapelhojd({ typ: 'undertryckt' }, 5)).toBe(4);
    expect(stapelhojd({ typ: 'varde', varde: 25 }, 5)).toBe(25);
    expect(stapelhojd({ typ: 'saknas' }, 5)).toBe(0);
  });
});
