// What every vgr resolver receives: the request basics (identity, access
// ground, access-log recorder) plus this request's DataLoaders over the
// region's own database and its access-checked patient reads.
import type { Kysely } from 'kysely';
import { createPatientExtractReads, type PatientExtractReads } from '../common/atkomstlogg/patientExtractReads.js';
import type { Database } from '../common/database/openDatabase.js';
import { todayInSweden } from '../../platform/scalars/isoDate.js';
import type { BaseRequestContext } from '../common/server/requestContext.js';
import { regionHoldsDataOf } from './access/regionAccessRules.js';
import type { VgrDatabase } from './database.js';
import { createVgrLoaders, type VgrLoaders } from './loaders/createVgrLoaders.js';
import { createPatientReads, type PatientReads } from './loaders/patientLoaders.js';

/** Read from the environment once at start (see createVgrSubgraph), not per request. */
export interface VgrSettings {
  pseudonymKey: string;
  /** Counts from 1 up to this minus one are withheld (SAMSYN_MIN_ANTAL). */
  suppressionThreshold: number;
}

export interface VgrContext extends BaseRequestContext {
  /** For the reads that are not keyed lookups (the list of all teams, the access log, spärr writes). */
  db: Kysely<VgrDatabase>;
  loaders: VgrLoaders;
  /** The only way to the region's per-patient data: access-checked and logged. */
  patientReads: PatientReads;
  /** The patient log extract, for the readers allowed to see it. */
  lasningar: PatientExtractReads;
  suppressionThreshold: number;
}

export function createVgrContext(base: BaseRequestContext, database: Database<VgrDatabase>, settings: VgrSettings): VgrContext {
  return {
    ...base,
    db: database.db,
    loaders: createVgrLoaders(database.db, settings.pseudonymKey, todayInSweden()),
    patientReads: createPatientReads(database.db, base),
    lasningar: createPatientExtractReads(database.db, base.identity, regionHoldsDataOf),
    suppressionThreshold: settings.suppressionThreshold,
  };
}
