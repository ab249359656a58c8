import { describe, expect, it } from 'vitest';
import { formatTid } from './tid.js';

describe('formatTid', () => {
  it('shows Swedish time in winter and summer, to the minute or the second', () => {
    expect(formatTid('2026-12-07T09:32:10.000Z')).toBe('2026-12-07 10:32');
    expect(formatTid('2026-07-01T22:05:00.000Z')).toBe('2026-07-02 00:05');
    expect(formatTid('2026-11-23T08:30:00.000Z', { sekunder: true })).toBe('2026-11-23 09:30:00');
    expect(formatTid('2026-06-30T22:15:05Z', { sekunder: true })).toBe('2026-07-01 00:15:05');
  });
  it('keeps what it cannot read', () => {
    expect(formatTid('igår')).toBe('igår');
  });
});
