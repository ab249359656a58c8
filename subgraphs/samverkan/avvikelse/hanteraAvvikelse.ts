// The workflow step of `Mutation.hanteraAvvikelse`: validate the input, load
// the avvikelse, refuse a stale version, apply the one rule
// (avvikelseTransition.ts), then store the new state and its step together.
// Optimistic concurrency: the UPDATE only matches the version the caller read,
// so of two concurrent steps from the same version exactly one is stored; the
// other (0 rows) is refused with CONFLICT/VERSION_STALE and writes nothing.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Identity } from '../../../platform/auth/Identity.js';
import { badUserInput, versionChanged, notFound } from '../../../platform/errors/samsynError.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { parseOptionalFreeText } from '../../../platform/input/freeText.js';
import type { Logger } from '../../../platform/logging/logger.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseHandling, HanteraAvvikelseInput, SystemfelNiva } from '../generated/resolvers.js';
import type { AvvikelseRow } from '../rows.js';
import { avvikelseTransition, kommentarPersonnummerAdvice, sidaFor } from './avvikelseTransition.js';
import { selectAvvikelse } from './selectAvvikelse.js';

export const maxKommentarLength = 4000;

export interface ValidHanteraAvvikelse {
  avvikelseId: string;
  version: number;
  handling: AvvikelseHandling;
  /** Trimmed and NFC; null when none or only whitespace was given. */
  kommentar: string | null;
  systemfelNiva: SystemfelNiva | null;
}

export function validateHanteraAvvikelse(input: HanteraAvvikelseInput): ValidHanteraAvvikelse {
  if (!isReferenceId(input.avvikelseId)) {
    throw badUserInput('ID_INVALID', 'input.avvikelseId', '"input.avvikelseId" is not an avvikelse id (e.g. "avv-000123").');
  }
  if (!Number.isInteger(input.version) || input.version < 1) {
    throw badUserInput('VERSION_INVALID', 'input.version', '"input.version" must be the avvikelse\'s version as last read: a whole number from 1.');
  }
  // Checked before anything is read; avvikelseTransition checks the personnummer too, as part of the one rule.
  const kommentar = parseOptionalFreeText(input.kommentar, 'input.kommentar', {
    maxLength: maxKommentarLength,
    refusePersonnummer: true,
    personnummerAdvice: kommentarPersonnummerAdvice,
  });
  return { avvikelseId: input.avvikelseId, version: input.version, handling: input.handling, kommentar, systemfelNiva: input.systemfelNiva ?? null };
}

export interface HanteraAvvikelseDependencies {
  db: Kysely<SamverkanDatabase>;
  identity: Identity;
  log: Logger;
  now: () => Date;
}

function versionStale(avvikelseId: string, currentVersion: number) {
  return versionChanged('avvikelse', { avvikelseId }, currentVersion);
}

export async function hanteraAvvikelse(dependencies: HanteraAvvikelseDependencies, input: HanteraAvvikelseInput): Promise<AvvikelseRow> {
  const { db, identity, log } = dependencies;
  const steg = validateHanteraAvvikelse(input);

  const current = await selectAvvikelse(db).where('avvikelse.id', '=', steg.avvikelseId).executeTakeFirst();
  if (!current) throw notFound(`No avvikelse has the id "${steg.avvikelseId}".`, { field: 'input.avvikelseId' });
  if (current.version !== steg.version) throw versionStale(current.id, current.version);

  const result = avvikelseTransition(
    { status: current.status, systemfelNiva: current.systemfelNiva },
    { handling: steg.handling, sida: sidaFor(identity.huvudman, current), kommentar: steg.kommentar, systemfelNiva: steg.systemfelNiva },
  );
  if (!result.ok) throw result.refusal;
  const { overgang } = result;

  const tid = dependencies.now().toISOString();
  const nyVersion = steg.version + 1;
  const updated = await db.transaction().execute(async (transaction) => {
    const { numUpdatedRows } = await transaction
      .updateTable('avvikelse')
      .set((eb) => ({
        status: overgang.tillStatus,
        systemfel_niva: overgang.systemfelNiva,
        version: eb('avvikelse.version', '+', 1),
        // Never before the step it follows, should clocks disagree (the table's checks require the order).
        ...(overgang.satterMottagenTid
          ? {
              mottagen_tid: sql<string>`greatest(cast(${tid} as timestamptz), ${eb.ref('avvikelse.rapporterad_tid')})`,
              // The receiving user's unit takes the avvikelse on, and owes the återkoppling.
              mottagande_enhet_hsa_id: identity.organisationHsaId,
            }
          : {}),
        ...(overgang.satterAterkoppladTid ? { aterkopplad_tid: sql<string>`greatest(cast(${tid} as timestamptz), ${eb.ref('avvikelse.mottagen_tid')})` } : {}),
        ...(overgang.avvisadAnledning !== null ? { avvisad_anledning: overgang.avvisadAnledning } : {}),
      }))
      .where('avvikelse.id', '=', current.id)
      .where('avvikelse.version', '=', steg.version)
      .executeTakeFirst();
    if (Number(numUpdatedRows) !== 1) {
      // Another step won the race since we read it: nothing of ours is stored.
      const now = await transaction.selectFrom('avvikelse').select('version').where('id', '=', current.id).executeTakeFirstOrThrow();
      throw versionStale(current.id, now.version);
    }
    await transaction
      .insertInto('avvikelsehandelse')
      .values({
        avvikelse_id: current.id,
        handling: steg.handling,
        fran_status: overgang.franStatus,
        till_status: overgang.tillStatus,
        version: nyVersion,
        tid,
        utford_av: identity.employeeHsaId ?? identity.subject,
        organisation_hsa_id: identity.organisationHsaId,
        huvudman: identity.huvudman,
        kommentar: steg.kommentar,
      })
      .execute();
    return selectAvvikelse(transaction).where('avvikelse.id', '=', current.id).executeTakeFirstOrThrow();
  });

  // Ids and the step only: never the comment, which is free text.
  log.info('avvikelse hanterad', { avvikelseId: updated.id, handling: steg.handling, version: updated.version, status: updated.status });
  return updated;
}
