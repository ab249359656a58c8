// What every samverkan resolver receives: the request basics (the verified
// identity, the attested access ground, the access-log recorder), this
// request's DataLoaders, and the day that "today" means for the whole request.
import type { Kysely } from 'kysely';
import type { Database } from '../common/database/openDatabase.js';
import { todayInSweden } from '../../platform/scalars/isoDate.js';
import type { BaseRequestContext } from '../common/server/requestContext.js';
import type { SamverkanDatabase } from './database.js';
import { createSamverkanLoaders, type SamverkanLoaders } from './loaders/samverkanLoaders.js';

export interface SamverkanContext extends BaseRequestContext {
  /** For lists and the avvikelse workflow; keyed lookups go through `loaders`. */
  db: Kysely<SamverkanDatabase>;
  loaders: SamverkanLoaders;
  /** Today in Sweden, fixed once per request so that every field agrees on it. */
  today: string;
  now: () => Date;
  /** Counts below this are withheld (SAMSYN_MIN_ANTAL). */
  suppressionThreshold: number;
}

export interface SamverkanSettings {
  suppressionThreshold: number;
}

/** `now` is for tests that need a fixed day; the server always uses the clock. */
export function createSamverkanContext(
  base: BaseRequestContext,
  database: Database<SamverkanDatabase>,
  settings: SamverkanSettings,
  now: () => Date = () => new Date(),
): SamverkanContext {
  const today = todayInSweden(now());
  return { ...base, db: database.db, loaders: createSamverkanLoaders(database.db, today, base.identity), today, now, suppressionThreshold: settings.suppressionThreshold };
}
