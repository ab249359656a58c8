// All per-request DataLoaders of the kommun subgraph: one set per request, so
// nothing is cached across users and every batch stays within one request.
import type { Kysely } from 'kysely';
import { createPatientExtractReads } from '../../common/atkomstlogg/patientExtractReads.js';
import type { KommunDatabase } from '../database.js';
import { kommunHoldsDataOf } from '../access/kommunAccess.js';
import { createBelagdaPlatserByBoendeLoader } from './belagdaPlatserByBoende.js';
import { createBoendeByIdLoader } from './boendeById.js';
import { createBoendenByKommunLoader } from './boendenByKommun.js';
import { createBoendenByNaromradeLoader } from './boendenByNaromrade.js';
import { createInvanarePseudonymerByBoendeLoader } from './invanarePseudonymerByBoende.js';
import { createKommunByKodLoader } from './kommunByKod.js';
import { createKommuninsatsPatienterByKommunLoader } from './kommuninsatsPatienterByKommun.js';
import { createPatientLoaders, type PatientReader } from './patientLoaders.js';
import { createPatienterMedKommuninsatsByNaromradeLoader } from './patienterMedKommuninsatsByNaromrade.js';

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
    /** Pseudonyms only: the region counts where the residents are listed without learning who they are. */
    invanarePseudonymer: createInvanarePseudonymerByBoendeLoader(db, today, pseudonymKey),
    patienterMedKommuninsats: createPatienterMedKommuninsatsByNaromradeLoader(db, today),
    /** With personnummer: only for listing shared patients, each of whom then goes through `patient`. */
    kommuninsatsPatienter: createKommuninsatsPatienterByKommunLoader(db, today, pseudonymKey),
    /** Patient-level data: see patientLoaders.ts for why it is kept apart. */
    patient: createPatientLoaders(db, today, reader),
    /** The patients' log extracts as far as this reader may see them (one query for all patients); FORBIDDEN when refused. */
    lasningar: createPatientExtractReads(db, reader.identity, kommunHoldsDataOf),
  };
}
