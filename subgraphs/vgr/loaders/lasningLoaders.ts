// The patient log extract (`Patient.regionensLasningar`): the reads of each
// patient's data in the region's access log, for all patients of a request in
// one query, limited to what the reader may see.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { requirePatientExtractScope } from '../../common/accessLog/accessLogReaders.js';
import { patientReads, type Lasning } from '../../common/accessLog/queryAccessLog.js';
import type { Identity } from '../../common/auth/Identity.js';
import { regionHoldsDataOf } from '../access/regionAccessRules.js';
import type { VgrDatabase } from '../database.js';

export interface LasningReads {
  /** Throws FORBIDDEN when the reader may not see patient log extracts. */
  load(personnummer: string): Promise<Lasning[]>;
}

export function createLasningReads(db: Kysely<VgrDatabase>, identity: Identity): LasningReads {
  let loader: DataLoader<string, Lasning[]> | null = null;
  return {
    load(personnummer) {
      const scope = requirePatientExtractScope(identity, regionHoldsDataOf);
      loader ??= new DataLoader<string, Lasning[]>(async (keys) => {
        const byPatient = await patientReads(db, keys, scope);
        return keys.map((personnummer) => byPatient.get(personnummer) ?? []);
      });
      return loader.load(personnummer);
    },
  };
}
