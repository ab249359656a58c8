// A crashing service is restarted after 1 s, 2 s, 4 s … at most 30 s, and afresh once it ran healthy for a minute.
import { describe, expect, it } from 'vitest';
import { defaultBackoff, failuresInARow, restartDelayMs } from './restartBackoff.js';

describe('restart backoff', () => {
  it('doubles the wait with each failure in a row, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((failures) => restartDelayMs(failures, defaultBackoff))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('counts failures in a row, and starts afresh after a healthy run', () => {
    let failures = 0;
    failures = failuresInARow(failures, 500, defaultBackoff);
    failures = failuresInARow(failures, 3000, defaultBackoff);
    failures = failuresInARow(failures, 10, defaultBackoff);
    expect(failures).toBe(3);
    expect(restartDelayMs(failures, defaultBackoff)).toBe(4000);
    failures = failuresInARow(failures, defaultBackoff.healthyResetMs, defaultBackoff);
    expect(failures).toBe(1);
    expect(restartDelayMs(failures, defaultBackoff)).toBe(1000);
  });
});
