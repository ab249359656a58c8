// What the kommun subgraph's resolvers receive per request: the base request
// context, the database, today's date and the per-request DataLoaders.
import type { Kysely } from 'kysely';
import type { Database } from '../common/database/openDatabase.js';
import { todayInSweden } from '../common/scalars/isoDate.js';
import type { BaseRequestContext } from '../common/server/requestContext.js';
import type { KommunDatabase } from './database.js';
import { createKommunLoaders, type KommunLoaders } from './loaders/kommunLoaders.js';

export interface KommunContext extends BaseRequestContext {
  db: Kysely<KommunDatabase>;
  /** The day "ongoing" and "current" mean, fixed for the whole request so its answers agree. */
  today: string;
  loaders: KommunLoaders;
}

export interface KommunContextSettings {
  /** The federation's shared key for patient pseudonyms, read once at start. */
  pseudonymKey: string;
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
    loaders: createKommunLoaders(database.db, { today, pseudonymKey: settings.pseudonymKey }),
  };
}
