// The fixed day the synthetic world is "as of": every date is computed from it,
// never from the clock, so the world is the same whenever it is generated.
import { toDayNumber } from './calendarDays.js';
import type { IsoDate } from './World.js';

export const referenceDate: IsoDate = '2026-11-01';

export const referenceDay: number = toDayNumber(referenceDate);
