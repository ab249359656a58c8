// `Mutation.hanteraSip`: validate, load the SIP and decide the write
// (vårdpersonal of a party), refuse a stale version, apply the one rule
// (sipTransition.ts), then store the new state, the follow-up held (FOLJ_UPP)
// and the access-log row in one transaction. Optimistic concurrency: the
// UPDATE only matches the version the caller read, so of two concurrent steps
// exactly one is stored; the other is refused with CONFLICT/VERSION_STALE.
import type { Kysely } from 'kysely';
import { badUserInput, versionChanged } from '../../../platform/errors/samsynError.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { parseOptionalFreeText } from '../../../platform/input/freeText.js';
import type { Logger } from '../../../platform/logging/logger.js';
import { parseIsoDate } from '../../../platform/scalars/isoDate.js';
import type { SamverkanDatabase } from '../database.js';
import type { HanteraSipInput } from '../generated/resolvers.js';
import { recordSipWrite, sipForWrite, type PatientAccessContext } from '../loaders/patientDataLoaders.js';
import type { SipRow } from '../rows.js';
import { selectSip } from './selectSip.js';
import { sipKommentarPersonnummerAdvice, sipTransition, type SipSteg } from './sipTransition.js';

export const maxSipKommentarLength = 4000;

export function validateHanteraSip(input: HanteraSipInput): SipSteg & { sipId: string; version: number } {
  if (!isReferenceId(input.sipId)) throw badUserInput('ID_INVALID', 'input.sipId', '"input.sipId" is not a SIP id (e.g. "sip-00012").');
  if (!Number.isInteger(input.version) || input.version < 1) {
    throw badUserInput('VERSION_INVALID', 'input.version', '"input.version" must be the SIP\'s version as last read: a whole number from 1.');
  }
  // Checked before anything is read; sipTransition checks the personnummer too, as part of the one rule.
  const kommentar = parseOptionalFreeText(input.kommentar, 'input.kommentar', {
    maxLength: maxSipKommentarLength,
    refusePersonnummer: true,
    personnummerAdvice: sipKommentarPersonnummerAdvice,
  });
  const nastaUppfoljning = input.nastaUppfoljning == null ? null : parseIsoDate(input.nastaUppfoljning, 'input.nastaUppfoljning');
  return { sipId: input.sipId, version: input.version, handling: input.handling, nastaUppfoljning, kommentar };
}

export interface HanteraSipDependencies extends PatientAccessContext {
  db: Kysely<SamverkanDatabase>;
  log: Logger;
  today: string;
}

function versionStale(sipId: string, currentVersion: number) {
  return versionChanged('SIP', { sipId }, currentVersion);
}

export async function hanteraSip(dependencies: HanteraSipDependencies, input: HanteraSipInput): Promise<SipRow> {
  const { db, log, today } = dependencies;
  const steg = validateHanteraSip(input);
  const { sip: current, write } = await sipForWrite(dependencies, steg.sipId);
  if (current.version !== steg.version) throw versionStale(current.id, current.version);

  const result = sipTransition(current, steg, today);
  if (!result.ok) throw result.refusal;
  const { overgang } = result;

  const updated = await db.transaction().execute(async (transaction) => {
    const { numUpdatedRows } = await transaction
      .updateTable('sip')
      .set((eb) => ({ status: overgang.tillStatus, nasta_uppfoljning: overgang.nastaUppfoljning, version: eb('sip.version', '+', 1) }))
      .where('sip.id', '=', current.id)
      .where('sip.version', '=', steg.version)
      .executeTakeFirst();
    if (Number(numUpdatedRows) !== 1) {
      // Another step won the race since we read it: nothing of ours is stored.
      const now = await transaction.selectFrom('sip').select('version').where('id', '=', current.id).executeTakeFirstOrThrow();
      throw versionStale(current.id, now.version);
    }
    if (overgang.uppfoljning) {
      await transaction.insertInto('sip_uppfoljning').values({ sip_id: current.id, ...overgang.uppfoljning }).execute();
    }
    recordSipWrite(dependencies, write);
    await dependencies.atkomstlogg.flush(transaction);
    return selectSip(transaction).where('sip.id', '=', current.id).executeTakeFirstOrThrow();
  });

  // Ids and the step only: never the comment, which is free text.
  log.info('sip hanterad', { sipId: updated.id, handling: steg.handling, version: updated.version, status: updated.status });
  return updated;
}
