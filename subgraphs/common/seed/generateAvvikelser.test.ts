import { describe, it, expect } from 'vitest';
import { drawWorkflowTimes, latestSeedInstantMs } from './generateAvvikelser.js';
import { createRandom } from './random.js';
import { toDayNumber } from './calendarDays.js';
import { testReferenceDate } from './referenceDate.js';
import type { AvvikelseStatus } from './World.js';

const statuses: AvvikelseStatus[] = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD'];

const latestMs = latestSeedInstantMs(toDayNumber(testReferenceDate));

describe('drawWorkflowTimes', () => {
  it('ends the reference day at 21:59:59Z, before midnight in Sweden summer and winter', () => {
    expect(new Date(latestMs).toISOString()).toBe(`${testReferenceDate}T21:59:59.000Z`);
  });

  it('gives times only where the status has them, in order, never after the reference date', () => {
    const random = createRandom('test:workflow-times');
    for (let index = 0; index < 2_000; index++) {
      const status = statuses[index % statuses.length]!;
      // Reports from three years back up to the evening of the reference date.
      const rapporteradTid = new Date(latestMs - 3_600_000 - random.int(0, 3 * 365 * 24) * 3_600_000).toISOString();
      const { mottagenTid, aterkoppladTid } = drawWorkflowTimes(random, { status, rapporteradTid }, latestMs);
      expect(mottagenTid === null).toBe(status === 'RAPPORTERAD');
      expect(aterkoppladTid !== null).toBe(status === 'ATERKOPPLAD' || status === 'AVSLUTAD');
      if (mottagenTid !== null) {
        expect(Date.parse(mottagenTid)).toBeGreaterThanOrEqual(Date.parse(rapporteradTid));
        expect(Date.parse(mottagenTid) - Date.parse(rapporteradTid)).toBeLessThanOrEqual(10 * 86_400_000);
        expect(Date.parse(mottagenTid)).toBeLessThanOrEqual(latestMs);
      }
      if (aterkoppladTid !== null) {
        expect(Date.parse(aterkoppladTid)).toBeGreaterThanOrEqual(Date.parse(mottagenTid!));
        expect(Date.parse(aterkoppladTid)).toBeLessThanOrEqual(latestMs);
      }
    }
  });

  it('is deterministic for a stream', () => {
    const draw = () => drawWorkflowTimes(createRandom('test:same'), { status: 'AVSLUTAD', rapporteradTid: '2025-03-04T08:00:00.000Z' }, latestMs);
    expect(draw()).toEqual(draw());
  });
});
