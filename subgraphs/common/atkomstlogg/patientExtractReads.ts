// A patient's log extract as a subgraph serves it: the reads of each patient's
// data in this subgraph's access log, for all patients of a request in one
// query, limited to what the reader may see (atkomstloggReaders.ts). Reading an
// extract is not itself logged: it shows log rows, not patient data.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Identity } from '../../../platform/auth/Identity.js';
import { requirePatientExtractScope, type HoldsDataOf } from './atkomstloggReaders.js';
import { patientReads, type Lasning } from './queryAtkomstlogg.js';

export interface PatientExtractReads {
  /** The reads of one patient's data, newest first. Throws FORBIDDEN when the reader may not see patient log extracts. */
  load(personnummer: string): Promise<Lasning[]>;
}

export function createPatientExtractReads(db: Kysely<any>, identity: Identity, holdsDataOf: HoldsDataOf): PatientExtractReads {
  let loader: DataLoader<string, Lasning[]> | null = null;
  return {
    load(personnummer) {
      // Decided per field, so a refused reader gets FORBIDDEN on each field and no SQL is sent.
      const scope = requirePatientExtractScope(identity, holdsDataOf);
      loader ??= new DataLoader<string, Lasning[]>(async (keys) => {
        const byPatient = await patientReads(db, keys, scope);
        return keys.map((key) => byPatient.get(key) ?? []);
      });
      return loader.load(personnummer);
    },
  };
}
