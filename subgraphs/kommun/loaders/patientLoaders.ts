// The one way into patient-level data in the kommun subgraph, and where the
// access rules are applied (ARCHITECTURE.md "Access"). Every Patient field
// the kommun contributes reads through `createPatientLoaders(...)`:
//  1. the patient's registration is loaded (batched): which kommun holds the
//     data (the data-holding huvudman) and whether the patient has a spärr
//     there — a patient the kommun has no row for has no kommun data: null,
//     nothing logged;
//  2. decidePatientAccess (platform/auth/patientAccess.ts) decides for this
//     reader, from that row — the same for a root query, a gateway entity
//     fetch or an `_entities` call sent straight to the subgraph;
//  3. the attempt is recorded in the request's access log, whatever the outcome;
//  4. NEKAD throws the decision's error (the field resolves to null with it),
//     FILTRERAD answers null without an error (the spärr is reported only
//     through harSparradKommuninformation), TILLATEN loads the data (batched).
// No data row is read unless the decision lets it through.
import type { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import type { AtkomstloggRecorder } from '../../common/atkomstlogg/AtkomstloggRecorder.js';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import { mayReadPatientData, type Identity } from '../../../platform/auth/Identity.js';
import { decidePatientAccess, type PatientAccessDecision } from '../../../platform/auth/patientAccess.js';
import { atkomstgrundSaknas, forbidden } from '../../../platform/auth/requireAccess.js';
import { samsynError } from '../../../platform/errors/samsynError.js';
import type { Logger } from '../../../platform/logging/logger.js';
import type { KommunDatabase } from '../database.js';
import type { KommunPatientRow } from '../rows.js';
import { createCurrentBoendeVistelseByPersonnummerLoader } from './patient/currentBoendeVistelseByPersonnummer.js';
import { createHemsjukvardInsatserByInskrivningLoader } from './patient/hemsjukvardInsatserByInskrivning.js';
import { createKommunPatientByPersonnummerLoader } from './patient/kommunPatientByPersonnummer.js';
import { createOngoingHemsjukvardByPersonnummerLoader } from './patient/ongoingHemsjukvardByPersonnummer.js';
import { createOngoingHemtjanstByPersonnummerLoader } from './patient/ongoingHemtjanstByPersonnummer.js';

/** The information categories the kommun logs, one per Patient field. */
export type KommunKategori = 'kommun' | 'hemsjukvard' | 'hemtjanst' | 'boende';

/** Who is asking, from the request context. */
export interface PatientReader {
  identity: Identity;
  atkomstgrund: Atkomstgrund | null;
  atkomstlogg: AtkomstloggRecorder;
  log: Logger;
}

export type PatientLoaders = ReturnType<typeof createPatientLoaders>;

const mayNotReadPatientData = 'Your role may not read patient-level data.';

/** The error a refused decision answers with, or null when the data (or a spärr's silence) may be returned. */
export function refusalError(decision: PatientAccessDecision, dataHuvudman: string): GraphQLError | null {
  if (decision.resultat !== 'NEKAD') return null;
  return decision.code === 'ATKOMSTGRUND_SAKNAS' ? atkomstgrundSaknas(dataHuvudman) : forbidden(mayNotReadPatientData);
}

export function createPatientLoaders(db: Kysely<KommunDatabase>, today: string, reader: PatientReader) {
  const registrering = createKommunPatientByPersonnummerLoader(db);
  const hemsjukvard = createOngoingHemsjukvardByPersonnummerLoader(db, today);
  const hemtjanst = createOngoingHemtjanstByPersonnummerLoader(db, today);
  const boendeVistelse = createCurrentBoendeVistelseByPersonnummerLoader(db, today);

  async function access(personnummer: string): Promise<{ row: KommunPatientRow; decision: PatientAccessDecision } | null> {
    const row = await registrering.load(personnummer);
    if (!row) return null;
    const decision = decidePatientAccess({
      identity: reader.identity,
      dataHuvudman: row.kommunkod,
      atkomstgrund: reader.atkomstgrund,
      sparr: row.sparrad,
    });
    return { row, decision };
  }

  /** Decides, logs and answers one patient field; `load` runs only when the decision lets the data through. */
  async function read<T extends { kommunkod: string }>(
    personnummer: string,
    kategori: KommunKategori,
    load: (row: KommunPatientRow) => Promise<T | null>,
  ): Promise<T | null> {
    const decided = await access(personnummer);
    if (!decided) {
      // A role that may not read patient data is refused alike for known and
      // unknown patients, so the answer does not tell whether the kommun knows them.
      if (!mayReadPatientData(reader.identity)) throw forbidden(mayNotReadPatientData);
      return null;
    }
    const { row, decision } = decided;
    reader.atkomstlogg.record({ patientId: personnummer, dataHuvudman: row.kommunkod, kategori, atgard: 'LASNING', decision });
    const error = refusalError(decision, row.kommunkod);
    if (error) throw error;
    if (decision.resultat === 'FILTRERAD') return null;
    const value = await load(row);
    // The decision was made for the kommun of the patient's registration; data
    // held by another kommun is never shown under it (the seed and the
    // schema's invariants make this impossible — should it happen, say nothing).
    if (value && value.kommunkod !== row.kommunkod) {
      reader.log.error('patient data held by another kommun than the registration', { kategori, kommunkod: row.kommunkod, radensKommunkod: value.kommunkod });
      throw samsynError('INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
    return value;
  }

  return {
    /** By personnummer: the patient's registration (the kommun holding their data, their närområde). */
    registrering: (personnummer: string) => read(personnummer, 'kommun', async (row) => row),
    /** By personnummer: the ongoing hemsjukvård inskrivning. */
    hemsjukvard: (personnummer: string) => read(personnummer, 'hemsjukvard', () => hemsjukvard.load(personnummer)),
    /** By personnummer: the ongoing hemtjänst beslut. */
    hemtjanst: (personnummer: string) => read(personnummer, 'hemtjanst', () => hemtjanst.load(personnummer)),
    /** By personnummer: the current boende stay. */
    boendeVistelse: (personnummer: string) => read(personnummer, 'boende', () => boendeVistelse.load(personnummer)),
    /**
     * By inskrivning id: its insatser. Only reachable from an inskrivning that
     * `hemsjukvard` let through, so it needs no decision of its own.
     */
    hemsjukvardInsatser: createHemsjukvardInsatserByInskrivningLoader(db),
    /**
     * Whether a spärr at the patient's kommun hides its data from this reader
     * (the decision is FILTRERAD). Null for a role that may not read patient
     * data at all; false for a patient the kommun has no data about. Not
     * logged by itself: it reveals no data, only that the reader is shut out.
     */
    async harSparradInformation(personnummer: string): Promise<boolean | null> {
      if (!mayReadPatientData(reader.identity)) return null;
      const decided = await access(personnummer);
      return decided?.decision.resultat === 'FILTRERAD';
    },
    /** Forgets what was loaded about a patient (after their spärr changed in this request). */
    forget(personnummer: string): void {
      registrering.clear(personnummer);
    },
  };
}
