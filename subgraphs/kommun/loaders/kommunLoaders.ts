// All per-request DataLoaders of the kommun subgraph: one set per request, so
// nothing is cached across users and every batch stays within one request.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { patientReads, type AccessLogScope, type Lasning } from '../../common/accessLog/queryAccessLog.js';
import type { KommunDatabase } from '../database.js';
import { patientExtractScope } from '../access/kommunAccess.js';
import { createBelagdaPlatserByBoendeLoader } from './belagdaPlatserByBoende.js';
import { createBoendeByIdLoader } from './boendeById.js';
import { createBoendenByKommunLoader } from './boendenByKommun.js';
import { createBoendenByNaromradeLoader } from './boendenByNaromrade.js';
import { createKommunByKodLoader } from './kommunByKod.js';
import { createPatientLoaders, type PatientReader } from './patientLoaders.js';
import { createPatienterMedKommuninsatsByNaromradeLoader } from './patienterMedKommuninsatsByNaromrade.js';
import { createPatientPseudonymerByKommunLoader } from './patientPseudonymerByKommun.js';

export type KommunLoaders = ReturnType<typeof createKommunLoaders>;

export interface KommunLoaderSettings {
  /** The day "ongoing" and "current" are judged on (ISO date). */
  today: string;
  /** The federation's shared key for patient pseudonyms. */
  pseudonymKey: string;
}

export function createKommunLoaders(db: Kysely<KommunDatabase>, { today, pseudonymKey }: KommunLoaderSettings, reader: PatientReader) {
  return {
    kommun: createKommunByKodLoader(db),
    boende: createBoendeByIdLoader(db),
    boendenByKommun: createBoendenByKommunLoader(db),
    boendenByNaromrade: createBoendenByNaromradeLoader(db),
    belagdaPlatser: createBelagdaPlatserByBoendeLoader(db, today),
    patienterMedKommuninsats: createPatienterMedKommuninsatsByNaromradeLoader(db, today),
    patientPseudonymer: createPatientPseudonymerByKommunLoader(db, today, pseudonymKey),
    /** Patient-level data: see patientLoaders.ts for why it is kept apart. */
    patient: createPatientLoaders(db, today, reader),
    /** The patients' log extracts as far as this reader may see them (one query for all patients); null when refused. */
    lasningar: createLasningarLoader(db, patientExtractScope(reader.identity)),
  };
}

function createLasningarLoader(db: Kysely<KommunDatabase>, scope: AccessLogScope | null): DataLoader<string, Lasning[]> | null {
  if (scope === null) return null;
  return new DataLoader<string, Lasning[]>(async (ids) => {
    const byPatient = await patientReads(db, ids, scope);
    return ids.map((id) => byPatient.get(id) ?? []);
  });
}
