import { describe, expect, it } from 'vitest';
import { fristText } from './frist.js';

describe('fristText', () => {
  const mottagen = { status: 'MOTTAGEN' as const, aterkopplingSenast: '2026-12-31' };
  it('counts down, names the last day and flags overdue ones', () => {
    expect(fristText({ ...mottagen, dagarTillAterkoppling: 12 })).toEqual({ text: '12 dagar kvar (senast 2026-12-31)', forsenad: false });
    expect(fristText({ ...mottagen, dagarTillAterkoppling: 1 }).text).toBe('1 dag kvar (senast 2026-12-31)');
    expect(fristText({ ...mottagen, dagarTillAterkoppling: 0 }).text).toBe('Sista dagen idag (2026-12-31)');
    expect(fristText({ ...mottagen, dagarTillAterkoppling: -5 })).toEqual({ text: '5 dagar försenad (senast 2026-12-31)', forsenad: true });
  });
  it('says why there is no deadline', () => {
    expect(fristText({ status: 'RAPPORTERAD', dagarTillAterkoppling: null, aterkopplingSenast: null }).text).toMatch(/Ej mottagen/);
    expect(fristText({ status: 'AVSLUTAD', dagarTillAterkoppling: null, aterkopplingSenast: '2026-10-01' }).text).toBe('Återkopplad');
    expect(fristText({ status: 'AVVISAD', dagarTillAterkoppling: null, aterkopplingSenast: null }).text).toBe('Avvisad');
  });
});
