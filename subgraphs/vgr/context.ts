// What every vgr resolver receives: the request basics plus this request's
// DataLoaders over the region's own database.
import type { Kysely } from 'kysely';
import type { Database } from '../common/database/openDatabase.js';
import type { BaseRequestContext } from '../common/server/requestContext.js';
import type { VgrDatabase } from './database.js';
import { createVgrLoaders, type VgrLoaders } from './loaders/createVgrLoaders.js';

export interface VgrContext extends BaseRequestContext {
  /** For the few reads that are not keyed lookups (the list of all teams). */
  db: Kysely<VgrDatabase>;
  loaders: VgrLoaders;
}

/** `pseudonymKey` is read once at start (see createVgrSubgraph), not per request. */
export function createVgrContext(base: BaseRequestContext, database: Database<VgrDatabase>, pseudonymKey: string): VgrContext {
  return { ...base, db: database.db, loaders: createVgrLoaders(database.db, pseudonymKey) };
}
