// The reporting workflow of `Mutation.rapporteraAvvikelse`: validate, check
// that the caller reports for its own huvudman, check the närområde and the
// patient link, then store the report once per client key (retry-safe, also
// when concurrent). The patient link is a patient-level write: its access-log
// row is written in the same transaction as the report, so both commit or
// neither does; a retry that stores nothing writes no second row.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { conflict, notFound } from '../../../platform/errors/samsynError.js';
import type { Logger } from '../../../platform/logging/logger.js';
import type { SamverkanDatabase } from '../database.js';
import type { RapporteraAvvikelseInput } from '../generated/resolvers.js';
import { decidePatientLinkWrite, recordPatientLinkWrite, type PatientAccessContext } from '../loaders/patientDataLoaders.js';
import type { SamverkanLoaders } from '../loaders/samverkanLoaders.js';
import type { AvvikelseRow } from '../rows.js';
import { requireReportingForOwnHuvudman } from './avvikelseAccess.js';
import { avvikelseInnehallshash } from './avvikelseInnehallshash.js';
import { selectAvvikelse } from './selectAvvikelse.js';
import { checkHuvudmanInNaromrade, validateRapporteraAvvikelse } from './validateRapporteraAvvikelse.js';

export interface RapporteraAvvikelseResult {
  avvikelse: AvvikelseRow;
  redanRapporterad: boolean;
}

/** The request's identity, access ground and access log come with the patient-access context. */
export interface RapporteraAvvikelseDependencies extends PatientAccessContext {
  db: Kysely<SamverkanDatabase>;
  loaders: Pick<SamverkanLoaders, 'naromradeById' | 'patient'>;
  log: Logger;
  today: string;
  now: () => Date;
}

export async function rapporteraAvvikelse(
  dependencies: RapporteraAvvikelseDependencies,
  input: RapporteraAvvikelseInput,
): Promise<RapporteraAvvikelseResult> {
  const { db, loaders, log } = dependencies;
  const rapport = validateRapporteraAvvikelse(input, dependencies.today);
  requireReportingForOwnHuvudman(dependencies.identity, rapport.rapporterandeHuvudman);

  const naromrade = await loaders.naromradeById.load(rapport.naromradeId);
  if (!naromrade) {
    throw notFound(`No närområde has the id "${rapport.naromradeId}".`, { field: 'input.naromradeId' });
  }
  checkHuvudmanInNaromrade(rapport, naromrade.kommunkod);
  // Refused (and logged) before anything is stored.
  const patientLink =
    rapport.personnummer === null
      ? null
      : decidePatientLinkWrite(dependencies, { ...rapport, kommunkod: naromrade.kommunkod }, rapport.personnummer);

  const innehallshash = avvikelseInnehallshash(rapport);
  const rapporteradTid = dependencies.now().toISOString();
  const { inserted, stored: storedWithHash } = await db.transaction().execute(async (transaction) => {
    // One insert stores the whole report or nothing. When two identical requests
    // race, the unique klientnyckel lets one insert win; the other inserts nothing
    // and finds the winner's row below. A reused key with other content is a CONFLICT.
    const inserted = await transaction
      .insertInto('avvikelse')
      .values({
        id: `avv-${randomUUID()}`,
        klientnyckel: rapport.klientnyckel,
        innehallshash,
        kategori: rapport.kategori,
        status: 'RAPPORTERAD',
        handelsedatum: rapport.handelsedatum,
        rapporterad_tid: rapporteradTid,
        rapporterande_huvudman: rapport.rapporterandeHuvudman,
        rapporterande_enhet_hsa_id: rapport.rapporterandeEnhetHsaId,
        mottagande_huvudman: rapport.mottagandeHuvudman,
        mottagande_enhet_hsa_id: rapport.mottagandeEnhetHsaId,
        naromrade_id: naromrade.id,
        kommunkod: naromrade.kommunkod,
        vardsamverkansomrade_id: naromrade.vardsamverkansomradeId,
        beskrivning: rapport.beskrivning,
        personnummer: rapport.personnummer,
      })
      .onConflict((onConflict) => onConflict.column('klientnyckel').doNothing())
      .returning('id')
      .executeTakeFirst();

    if (inserted) {
      // The report is the workflow's first step (version 1), stored with it; a retry stores no second one.
      const { identity } = dependencies;
      await transaction
        .insertInto('avvikelsehandelse')
        .values({
          avvikelse_id: inserted.id,
          handling: 'RAPPORTERA',
          fran_status: null,
          till_status: 'RAPPORTERAD',
          version: 1,
          tid: rapporteradTid,
          utford_av: identity.employeeHsaId ?? identity.subject,
          organisation_hsa_id: identity.organisationHsaId,
          huvudman: identity.huvudman,
          kommentar: null,
        })
        .execute();
    }

    if (inserted && patientLink) {
      // The write and its log row commit together (the request's other rows go with them).
      recordPatientLinkWrite(dependencies, patientLink);
      await dependencies.atkomstlogg.flush(transaction);
    }

    // Read back by the key: the row just inserted, or the one an earlier (or concurrent) request stored.
    const stored = await selectAvvikelse(transaction)
      .select('avvikelse.innehallshash')
      .where('avvikelse.klientnyckel', '=', rapport.klientnyckel)
      .executeTakeFirstOrThrow();
    return { inserted, stored };
  });
  const { innehallshash: storedHash, ...stored } = storedWithHash;

  if (inserted) {
    log.info('avvikelse rapporterad', { avvikelseId: stored.id, naromradeId: stored.naromradeId });
    return { avvikelse: stored, redanRapporterad: false };
  }
  if (storedHash !== innehallshash) {
    throw conflict(`The klientnyckel "${rapport.klientnyckel}" was already used for a different report; use a new klientnyckel for a new report.`, {
      field: 'input.klientnyckel',
    });
  }
  log.info('avvikelse already reported, returning the stored report', { avvikelseId: stored.id });
  return { avvikelse: stored, redanRapporterad: true };
}
