// The day the synthetic world is "as of". Every seeded date is computed from it, never from the clock, so one
// reference date always gives the same world; a fresh install seeds as of yesterday, so its last twelve months
// end now instead of at a date that drifts further into the past.
import { ConfigurationError } from '../../../platform/config/configurationError.js';
import { optionalPatternVariable, readConfiguration, type Variables } from '../../../platform/config/variables.js';
import { isIsoDate, todayInSweden } from '../../../platform/scalars/isoDate.js';
import { fromDayNumber, toDayNumber } from './calendarDays.js';
import type { IsoDate } from './World.js';

/** The fixed reference date of unit tests and benchmarks, whose expectations are written against one world. */
export const testReferenceDate: IsoDate = '2026-11-01';

/** The setting that pins the reference date (YYYY-MM-DD); `npm start` sets it once so all three subgraphs agree. */
export const seedDateVariable = 'SAMSYN_SEED_DATE';

/**
 * The reference date a service seeds with: SAMSYN_SEED_DATE when set, else yesterday in Sweden — the last whole day,
 * so no seeded event lies later today than the moment the user looks. A pinned date after yesterday is refused for
 * the same reason: its world would hold reports and meetings that have not happened yet.
 */
export function seedReferenceDate(env: NodeJS.ProcessEnv, now: Date = new Date()): IsoDate {
  return seedReferenceDateFrom(readConfiguration(seedDateVariables, env), now);
}

export const seedDateVariables = { SAMSYN_SEED_DATE: optionalPatternVariable(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date written YYYY-MM-DD') };

export function seedReferenceDateFrom(values: Variables<typeof seedDateVariables>, now: Date = new Date()): IsoDate {
  const yesterday = fromDayNumber(toDayNumber(todayInSweden(now)) - 1);
  const raw = values.SAMSYN_SEED_DATE;
  if (raw === undefined) return yesterday;
  if (!isIsoDate(raw)) throw new ConfigurationError(`${seedDateVariable} must be a calendar date written YYYY-MM-DD, got "${raw}"`, [seedDateVariable]);
  if (raw > yesterday) throw new ConfigurationError(`${seedDateVariable} must be yesterday (${yesterday}) or earlier, got "${raw}"`, [seedDateVariable]);
  return raw;
}
