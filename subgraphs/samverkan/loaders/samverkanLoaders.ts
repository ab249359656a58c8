// All of this subgraph's DataLoaders, created afresh for each request so that
// batching and caching never cross requests (or users). Each loader lives
// beside its domain; patient-level ones only in patientDataLoaders.ts.
import type { Kysely } from 'kysely';
import type { Identity } from '../../../platform/auth/Identity.js';
import { createAvvikelseByIdLoader } from '../avvikelse/avvikelseByIdLoader.js';
import { createAvvikelsehandelserLoader } from '../avvikelse/avvikelsehandelserLoader.js';
import type { SamverkanDatabase } from '../database.js';
import { createAtgarderByPlanLoader } from '../naromrade/atgarderByPlanLoader.js';
import { createBoendeansvarByPlanLoader } from '../naromrade/boendeansvarByPlanLoader.js';
import { createBoendeansvarInForceByBoendeLoader } from '../naromrade/boendeansvarInForceByBoendeLoader.js';
import { createBoendeansvarInForceByVardcentralLoader } from '../naromrade/boendeansvarInForceByVardcentralLoader.js';
import { createNaromradeByIdLoader } from '../naromrade/naromradeByIdLoader.js';
import { createNaromradenByKommunkodLoader } from '../naromrade/naromradenByKommunkodLoader.js';
import { createNaromradenByVardsamverkansomradeLoader } from '../naromrade/naromradenByVardsamverkansomradeLoader.js';
import { createNaromradesplanerByNaromradeLoader } from '../naromrade/naromradesplanerByNaromradeLoader.js';
import { createBoendeIdsInForceByNaromradeLoader } from '../naromrade/boendeIdsInForceByNaromradeLoader.js';
import {
  createAtgardByIdLoader,
  createBeslutByMoteLoader,
  createMedverkandeByMoteLoader,
  createMotenByNaromradeLoader,
  createSystemfelIdsByMoteLoader,
} from '../naromrade/nosam/nosamLoaders.js';
import { createKommunkoderByVardsamverkansomradeLoader } from '../vardsamverkansomrade/kommunkoderByVardsamverkansomradeLoader.js';
import { createVardsamverkansomradeByIdLoader } from '../vardsamverkansomrade/vardsamverkansomradeByIdLoader.js';
import { createVardsamverkansomradeByKommunkodLoader } from '../vardsamverkansomrade/vardsamverkansomradeByKommunkodLoader.js';
import { createAntalForsenadeSipUppfoljningarLoader } from '../sip/antalForsenadeSipUppfoljningarLoader.js';
import { createPatientDataLoaders } from './patientDataLoaders.js';

/** `today` (in Sweden) decides which närområdesplan is in force; `identity` which log rows the patient extract shows. */
export function createSamverkanLoaders(db: Kysely<SamverkanDatabase>, today: string, identity: Identity) {
  return {
    vardsamverkansomradeById: createVardsamverkansomradeByIdLoader(db),
    vardsamverkansomradeByKommunkod: createVardsamverkansomradeByKommunkodLoader(db),
    kommunkoderByVardsamverkansomrade: createKommunkoderByVardsamverkansomradeLoader(db),
    naromradeById: createNaromradeByIdLoader(db),
    naromradenByKommunkod: createNaromradenByKommunkodLoader(db),
    naromradenByVardsamverkansomrade: createNaromradenByVardsamverkansomradeLoader(db),
    naromradesplanerByNaromrade: createNaromradesplanerByNaromradeLoader(db),
    boendeansvarByPlan: createBoendeansvarByPlanLoader(db),
    atgarderByPlan: createAtgarderByPlanLoader(db),
    boendeansvarInForceByBoende: createBoendeansvarInForceByBoendeLoader(db, today),
    boendeansvarInForceByVardcentral: createBoendeansvarInForceByVardcentralLoader(db, today),
    boendeIdsInForceByNaromrade: createBoendeIdsInForceByNaromradeLoader(db, today),
    atgardById: createAtgardByIdLoader(db),
    motenByNaromrade: createMotenByNaromradeLoader(db),
    beslutByMote: createBeslutByMoteLoader(db),
    medverkandeByMote: createMedverkandeByMoteLoader(db),
    systemfelIdsByMote: createSystemfelIdsByMoteLoader(db),
    avvikelseById: createAvvikelseByIdLoader(db),
    avvikelsehandelser: createAvvikelsehandelserLoader(db),
    antalForsenadeSipUppfoljningar: createAntalForsenadeSipUppfoljningarLoader(db, today),
    /** Patient-level reads: the seam for the access rules. */
    patient: createPatientDataLoaders(db, identity),
  };
}

export type SamverkanLoaders = ReturnType<typeof createSamverkanLoaders>;
