import { describe, expect, it } from 'vitest';
import { hostileReport, rowPasses, type HostileRow } from './hostileReport.js';

const row: HostileRow = {
  name: '10,000 aliases',
  finding: 2,
  target: 'gateway',
  expected: '400 QUERY_TOO_LARGE',
  got: ['400 QUERY_TOO_LARGE', '400 QUERY_TOO_LARGE'],
  refusalMs: [12, 30],
  cheapQueryWorstMs: 40,
  cheapQueryFailures: 0,
  peakRssBytes: { gateway: 200 * 1024 * 1024, vgr: 150 * 1024 * 1024 },
};

describe('the hostile report', () => {
  it('passes a row only when every answer is the expected refusal and every figure is within its target', () => {
    expect(rowPasses(row)).toBe(true);
    expect(rowPasses({ ...row, got: ['400 QUERY_TOO_LARGE', '200 -'] })).toBe(false);
    expect(rowPasses({ ...row, refusalMs: [12, 50] })).toBe(false);
    expect(rowPasses({ ...row, cheapQueryWorstMs: 251 })).toBe(false);
    expect(rowPasses({ ...row, cheapQueryFailures: 1 })).toBe(false);
    expect(rowPasses({ ...row, peakRssBytes: { gateway: 601 * 1024 * 1024 } })).toBe(false);
  });

  it('writes a row per request with its figures, and says which processes ended', () => {
    const report = hostileReport({ commit: 'abc1234', database: 'PGlite', repeat: 2, baseline: { p50Ms: 3.2, worstMs: 9 }, rows: [row], ended: { kommun: 134 }, finalPeakRssBytes: { gateway: 210 * 1024 * 1024 } });
    expect(report).toContain('| 2 | 10,000 aliases | gateway | 400 QUERY_TOO_LARGE | 21 / 30 | 40 | 200 / 150 | pass |');
    expect(report).toContain('**Ended during the run:** kommun (exit code 134).');
    expect(report).toContain('1 of 1 requests meet every target.');
  });
});
