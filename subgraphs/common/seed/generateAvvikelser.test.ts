import { describe, it, expect } from 'vitest';
import { drawWorkflowTimes, latestSeedInstantMs } from './generateAvvikelser.js';
import { createRandom } from './random.js';
import type { AvvikelseStatus } from './World.js';

const statuses: AvvikelseStatus[] = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD'];

describe('drawWorkflowTimes', () => {
  it('gives times only where the status has them, in order, never after the reference date', () => {
    const random = createRandom('test:workflow-times');
    for (let index = 0; index < 2_000; index++) {
      const status = statuses[index % statuses.length]!;
      // Reports from three years back up to the evening of the reference date.
      const rapporteradTid = new Date(latestSeedInstantMs - 3_600_000 - random.int(0, 3 * 365 * 24) * 3_600_000).toISOString();
      const { mottagenTid, aterkoppladTid } = drawWorkflowTimes(random, { status, rapporteradTid });
      expect(mottagenTid === null).toBe(status === 'RAPPORTERAD');
      expect(aterkoppladTid !== null).toBe(status === 'ATERKOPPLAD' || status === 'AVSLUTAD');
      if (mottagenTid !== null) {
        expect(Date.parse(mottagenTid)).toBeGreaterThanOrEqual(Date.parse(rapporteradTid));
        expect(Date.parse(mottagenTid) - Date.parse(rapporteradTid)).toBeLessThanOrEqual(10 * 86_400_000);
        expect(Date.parse(mottagenTid)).toBeLessThanOrEqual(latestSeedInstantMs);
      }
      if (aterkoppladTid !== null) {
        expect(Date.parse(aterkoppladTid)).toBeGreaterThanOrEqual(Date.parse(mottagenTid!));
        expect(Date.parse(aterkoppladTid)).toBeLessThanOrEqual(latestSeedInstantMs);
      }
    }
  });

  it('is deterministic for a stream', () => {
    const draw = () => drawWorkflowTimes(createRandom('test:same'), { status: 'AVSLUTAD', rapporteradTid: '2025-03-04T08:00:00.000Z' });
    expect(draw()).toEqual(draw());
  });
});
