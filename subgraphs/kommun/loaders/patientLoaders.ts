// The one way into patient-level data in the kommun subgraph. Every resolver
// that reads a patient's insatser goes through these loaders, so the access
// rules (vårdpersonal of the own huvudman, åtkomstgrund for another kommun's
// data, spärr, access log) belong here: wrap each load with the check and the
// log entry, using the request's credentials.
import type { Kysely } from 'kysely';
import type { KommunDatabase } from '../database.js';
import { createCurrentBoendeVistelseByPersonnummerLoader } from './patient/currentBoendeVistelseByPersonnummer.js';
import { createHemsjukvardInsatserByInskrivningLoader } from './patient/hemsjukvardInsatserByInskrivning.js';
import { createKommunPatientByPersonnummerLoader } from './patient/kommunPatientByPersonnummer.js';
import { createOngoingHemsjukvardByPersonnummerLoader } from './patient/ongoingHemsjukvardByPersonnummer.js';
import { createOngoingHemtjanstByPersonnummerLoader } from './patient/ongoingHemtjanstByPersonnummer.js';

export type PatientLoaders = ReturnType<typeof createPatientLoaders>;

export function createPatientLoaders(db: Kysely<KommunDatabase>, today: string) {
  return {
    /** By personnummer: the patient's registration (kommun, närområde). */
    patient: createKommunPatientByPersonnummerLoader(db),
    /** By personnummer: the ongoing hemsjukvård inskrivning. */
    hemsjukvard: createOngoingHemsjukvardByPersonnummerLoader(db, today),
    /** By inskrivning id: its insatser. */
    hemsjukvardInsatser: createHemsjukvardInsatserByInskrivningLoader(db),
    /** By personnummer: the ongoing hemtjänst beslut. */
    hemtjanst: createOngoingHemtjanstByPersonnummerLoader(db, today),
    /** By personnummer: the current boende stay. */
    boendeVistelse: createCurrentBoendeVistelseByPersonnummerLoader(db, today),
  };
}
