// `Mutation.skapaSip`: validate, check the närområde and huvudansvar, decide
// the write (vårdpersonal of a party only), then store the SIP with its
// insatser and deltagare once per client key (retry-safe, also when
// concurrent), as rapporteraAvvikelse does. The access-log row of the write is
// flushed in the same transaction, so both commit or neither does; a retry
// that stores nothing writes no second row.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { conflict, notFound } from '../../../platform/errors/samsynError.js';
import type { Logger } from '../../../platform/logging/logger.js';
import type { SamverkanDatabase } from '../database.js';
import type { SkapaSipInput } from '../generated/resolvers.js';
import { decideSipWrite, recordSipWrite, type PatientAccessContext } from '../loaders/patientDataLoaders.js';
import type { SamverkanLoaders } from '../loaders/samverkanLoaders.js';
import type { SipRow } from '../rows.js';
import { selectSip } from './selectSip.js';
import { checkSipHuvudmanInNaromrade, sipInnehallshash, validateSkapaSip } from './validateSkapaSip.js';

export interface SkapaSipDependencies extends PatientAccessContext {
  db: Kysely<SamverkanDatabase>;
  loaders: Pick<SamverkanLoaders, 'naromradeById' | 'patient'>;
  log: Logger;
  today: string;
}

export async function skapaSip(dependencies: SkapaSipDependencies, input: SkapaSipInput): Promise<SipRow> {
  const { db, loaders, log, today } = dependencies;
  const ny = validateSkapaSip(input, today);

  const naromrade = await loaders.naromradeById.load(ny.naromradeId);
  if (!naromrade) throw notFound(`No närområde has the id "${ny.naromradeId}".`, { field: 'input.naromradeId' });
  checkSipHuvudmanInNaromrade(ny, naromrade.kommunkod);
  // Refused (and logged) before anything is stored.
  const write = decideSipWrite(dependencies, { personnummer: ny.personnummer, kommunkod: naromrade.kommunkod });

  const innehallshash = sipInnehallshash(ny);
  const { inserted, stored: storedWithHash } = await db.transaction().execute(async (transaction) => {
    // The unique klientnyckel lets one of two racing identical requests insert; the other finds the winner's row.
    const inserted = await transaction
      .insertInto('sip')
      .values({
        id: `sip-${randomUUID()}`,
        klientnyckel: ny.klientnyckel,
        innehallshash,
        personnummer: ny.personnummer,
        naromrade_id: naromrade.id,
        status: 'BEHOV_UPPTACKT',
        huvudansvar: ny.huvudansvar,
        skapad_datum: today,
        nasta_uppfoljning: ny.nastaUppfoljning,
        samtycke_datum: ny.samtyckeDatum,
        version: 1,
        behov: ny.behov,
        tredje_parter: ny.tredjeParter,
      })
      .onConflict((onConflict) => onConflict.column('klientnyckel').doNothing())
      .returning('id')
      .executeTakeFirst();

    if (inserted) {
      await transaction
        .insertInto('sip_insats')
        .values(ny.insatser.map((insats, index) => ({ sip_id: inserted.id, ordning: index + 1, ...insats })))
        .execute();
      if (ny.deltagare.length > 0) {
        await transaction
          .insertInto('sip_deltagare')
          .values(ny.deltagare.map((deltagare, index) => ({ sip_id: inserted.id, ordning: index + 1, ...deltagare })))
          .execute();
      }
      // The write and its log row commit together (the request's other rows go with them).
      recordSipWrite(dependencies, write);
      await dependencies.atkomstlogg.flush(transaction);
    }

    const stored = await selectSip(transaction)
      .select('sip.innehallshash')
      .where('sip.klientnyckel', '=', ny.klientnyckel)
      .executeTakeFirstOrThrow();
    return { inserted, stored };
  });
  const { innehallshash: storedHash, ...stored } = storedWithHash;

  if (inserted) {
    log.info('sip skapad', { sipId: stored.id, naromradeId: stored.naromradeId });
    return stored;
  }
  if (storedHash !== innehallshash) {
    throw conflict(`The klientnyckel "${ny.klientnyckel}" was already used for a different SIP; use a new klientnyckel for a new SIP.`, {
      field: 'input.klientnyckel',
    });
  }
  // Nothing was written, but the stored SIP is handed out: a read (flushed with the request's other rows).
  recordSipWrite(dependencies, write, 'LASNING');
  log.info('sip already created, returning the stored one', { sipId: stored.id });
  return stored;
}
