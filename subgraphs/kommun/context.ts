// What the kommun subgraph's resolvers receive per request: the base request
// context (identity, access ground, access log), the database, today's date,
// the suppression threshold and the per-request DataLoaders.
import type { Kysely } from 'kysely';
import type { Database } from '../common/database/openDatabase.js';
import { todayInSweden } from '../../platform/scalars/isoDate.js';
import type { BaseRequestContext } from '../common/server/requestContext.js';
import type { KommunDatabase } from './database.js';
import { createKommunLoaders, type KommunLoaders } from './loaders/kommunLoaders.js';

export interface KommunContext extends BaseRequestContext {
  db: Kysely<KommunDatabase>;
  /** The day "ongoing" and "current" mean, fixed for the whole request so its answers agree. */
  today: string;
  /** Counts from 1 up to this (exclusive) are withheld (SAMSYN_MIN_ANTAL). */
  suppressionThreshold: number;
  loaders: KommunLoaders;
}

export interface KommunContextSettings {
  /** The federation's shared key for patient pseudonyms, read once at start. */
  pseudonymKey: string;
  /** The small-count threshold, read once at start. */
  suppressionThreshold: number;
  /** Defaults to today in Sweden; tests fix it. */
  today?: string;
}

export function createKommunContext(
  base: BaseRequestContext,
  database: Database<KommunDatabase>,
  settings: KommunContextSettings,
): KommunContext {
  const today = settings.today ?? todayInSweden();
  return {
    ...base,
    db: database.db,
    today,
    suppressionThreshold: settings.suppressionThreshold,
    loaders: createKommunLoaders(database.db, { today, pseudonymKey: settings.pseudonymKey }, base),
  };
}
