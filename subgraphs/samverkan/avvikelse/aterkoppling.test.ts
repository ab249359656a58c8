import { describe, it, expect } from 'vitest';
import { addDays, aterkopplingSenast, dagarTillAterkoppling, forsenadAterkoppling, overdueReceivedBeforeDate } from './aterkoppling.js';

describe('aterkopplingSenast', () => {
  it('is 60 days after the day of receipt in Sweden', () => {
    expect(aterkopplingSenast('2026-09-01T10:00:00.000Z')).toBe('2026-10-31');
    // 23:30 UTC on 31 August is 1 September in Sweden.
    expect(aterkopplingSenast('2026-08-31T23:30:00.000Z')).toBe('2026-10-31');
    expect(aterkopplingSenast(null)).toBeNull();
  });
});

describe('forsenadAterkoppling', () => {
  const received = { status: 'UNDER_UTREDNING' as const, mottagenTid: '2026-09-01T10:00:00.000Z', aterkoppladTid: null };
  it('is overdue from the day after the last day', () => {
    expect(forsenadAterkoppling(received, '2026-10-31')).toBe(false);
    expect(forsenadAterkoppling(received, '2026-11-01')).toBe(true);
  });
  it('is never overdue once återkopplad, closed, refused or while not received', () => {
    for (const status of ['ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD', 'RAPPORTERAD'] as const) {
      expect(forsenadAterkoppling({ ...received, status }, '2027-06-01')).toBe(false);
    }
    expect(forsenadAterkoppling({ ...received, aterkoppladTid: '2026-10-01T10:00:00.000Z' }, '2027-06-01')).toBe(false);
    expect(forsenadAterkoppling({ ...received, status: 'MOTTAGEN', mottagenTid: null }, '2027-06-01')).toBe(false);
  });
  it('agrees with the SQL bound: received before today − 60', () => {
    for (const today of ['2026-10-31', '2026-11-01', '2027-03-01']) {
      for (let offset = -70; offset <= -50; offset++) {
        const day = addDays(today, offset);
        const avvikelse = { ...received, mottagenTid: `${day}T10:00:00.000Z` };
        expect(forsenadAterkoppling(avvikelse, today)).toBe(day < overdueReceivedBeforeDate(today));
      }
    }
  });
});

describe('dagarTillAterkoppling', () => {
  const received = { status: 'MOTTAGEN' as const, mottagenTid: '2026-09-01T10:00:00.000Z', aterkoppladTid: null };
  it('counts down to the last day and below zero once overdue, in step with forsenadAterkoppling', () => {
    expect(dagarTillAterkoppling(received, '2026-09-01')).toBe(60);
    expect(dagarTillAterkoppling(received, '2026-10-31')).toBe(0);
    expect(dagarTillAterkoppling(received, '2026-11-01')).toBe(-1);
    for (const today of ['2026-10-30', '2026-10-31', '2026-11-01', '2027-03-28', '2027-03-29']) {
      expect((dagarTillAterkoppling(received, today) ?? 0) < 0).toBe(forsenadAterkoppling(received, today));
    }
  });
  it('is null when nothing is owed', () => {
    expect(dagarTillAterkoppling({ ...received, status: 'RAPPORTERAD', mottagenTid: null }, '2026-09-02')).toBeNull();
    for (const status of ['ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD'] as const) expect(dagarTillAterkoppling({ ...received, status }, '2026-09-02')).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
