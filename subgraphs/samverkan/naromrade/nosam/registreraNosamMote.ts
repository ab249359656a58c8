// `Mutation.registreraNosamMote`: records a NOSAM meeting of a närområde. All
// input is checked and every referenced row read before anything is written;
// then in one transaction: the meeting, new åtgärder (PLANERAD) in the plan in
// force, closed åtgärder set to KLAR, the decisions, and each avvikelse lifted
// as systemfel to NOSAM (where not lifted yet: systemfel_niva, version + 1 and a
// LYFT_SOM_SYSTEMFEL step, under the workflow's own rule, avvikelseTransition.ts).
// An avvikelse already lifted (NOSAM or DELREGIONAL) is only linked to the meeting.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Identity } from '../../../../platform/auth/Identity.js';
import { badUserInput, versionStale, notFound } from '../../../../platform/errors/samsynError.js';
import { parseHuvudmanId, regionHuvudman } from '../../../../platform/identifiers/huvudman.js';
import { isReferenceId } from '../../../../platform/identifiers/referenceId.js';
import { parseFreeText } from '../../../../platform/input/freeText.js';
import type { Logger } from '../../../../platform/logging/logger.js';
import { parseIsoDate } from '../../../../platform/scalars/isoDate.js';
import { avvikelseTransition, sidaFor } from '../../avvikelse/avvikelseTransition.js';
import { selectAvvikelse } from '../../avvikelse/selectAvvikelse.js';
import type { SamverkanDatabase } from '../../database.js';
import type { RegistreraNosamMoteInput } from '../../generated/resolvers.js';
import type { NaromradeRow, NosamMoteRow } from '../../rows.js';
import { requireNaromradeParty } from '../naromradeWriteAccess.js';
import { naromradeText } from '../naromradeText.js';
import { planInForce } from '../planInForce.js';
import { selectNaromrade } from '../selectNaromrade.js';

const maxBeskrivning = 4000;
const maxKort = 200;

interface ValidNyAtgard {
  beskrivning: string;
  agare: string;
  ansvarigEnhet: string;
  sistaDatum: string;
}

interface ValidBeslut {
  beskrivning: string;
  nyAtgard: ValidNyAtgard | null;
  stangAtgardId: string | null;
}

export interface ValidMotesdeltagare {
  namn: string;
  roll: string;
  organisation: string;
  huvudman: string;
}

export interface ValidNosamMote {
  naromradeId: string;
  datum: string;
  starttid: string | null;
  plats: string | null;
  /** One line per participant: the names-only ones, then `namn (roll, organisation)` for each of `medverkande`. */
  deltagare: string[];
  medverkande: ValidMotesdeltagare[];
  beslut: ValidBeslut[];
  systemfelAvvikelseIds: string[];
}

/** Formats, texts and dates; `today` is the request's day in Sweden. */
export function validateRegistreraNosamMote(input: RegistreraNosamMoteInput, today: string): ValidNosamMote {
  if (!isReferenceId(input.naromradeId)) throw badUserInput('ID_INVALID', 'input.naromradeId', '"input.naromradeId" is not a närområde id (e.g. "1480-angered").');
  const datum = parseIsoDate(input.datum, 'input.datum');
  if (datum > today) throw badUserInput('DATE_IN_FUTURE', 'input.datum', `"input.datum" must not be after today (${today}): record a meeting once it has been held.`);
  const starttid = input.starttid == null ? null : parseStarttid(input.starttid);
  const plats = input.plats == null ? null : parseFreeText(input.plats, 'input.plats', naromradeText(maxKort));
  const medverkande = (input.medverkande ?? []).map((deltagare, index): ValidMotesdeltagare => {
    const field = `input.medverkande[${index}]`;
    return {
      namn: parseFreeText(deltagare.namn, `${field}.namn`, naromradeText(maxKort)),
      roll: parseFreeText(deltagare.roll, `${field}.roll`, naromradeText(maxKort)),
      organisation: parseFreeText(deltagare.organisation, `${field}.organisation`, naromradeText(maxKort)),
      huvudman: parseHuvudmanId(deltagare.huvudman, `${field}.huvudman`),
    };
  });
  const namnen = (input.deltagare ?? []).map((namn, index) => parseFreeText(namn, `input.deltagare[${index}]`, naromradeText(maxKort)));
  if (namnen.length + medverkande.length === 0) {
    throw badUserInput('TEXT_EMPTY', 'input.medverkande', '"input.medverkande" (or "input.deltagare") must name at least one participant.');
  }
  const deltagare = [...namnen, ...medverkande.map((person) => `${person.namn} (${person.roll}, ${person.organisation})`)];
  const beslut = (input.beslut ?? []).map((beslutInput, index): ValidBeslut => {
    const field = `input.beslut[${index}]`;
    const beskrivning = parseFreeText(beslutInput.beskrivning, `${field}.beskrivning`, naromradeText(maxBeskrivning));
    const ny = beslutInput.nyAtgard;
    const nyAtgard = ny
      ? {
          beskrivning: parseFreeText(ny.beskrivning, `${field}.nyAtgard.beskrivning`, naromradeText(maxBeskrivning)),
          agare: parseHuvudmanId(ny.agare, `${field}.nyAtgard.agare`),
          ansvarigEnhet: parseFreeText(ny.ansvarigEnhet, `${field}.nyAtgard.ansvarigEnhet`, naromradeText(maxKort)),
          sistaDatum: parseIsoDate(ny.sistaDatum, `${field}.nyAtgard.sistaDatum`),
        }
      : null;
    const stangAtgardId = beslutInput.stangAtgardId ?? null;
    if (stangAtgardId !== null && !isReferenceId(stangAtgardId)) throw badUserInput('ID_INVALID', `${field}.stangAtgardId`, `"${field}.stangAtgardId" is not an åtgärd id.`);
    return { beskrivning, nyAtgard, stangAtgardId };
  });
  const systemfelAvvikelseIds = [...new Set(input.systemfelAvvikelseIds ?? [])];
  systemfelAvvikelseIds.forEach((id, index) => {
    if (!isReferenceId(id)) throw badUserInput('ID_INVALID', `input.systemfelAvvikelseIds[${index}]`, `"input.systemfelAvvikelseIds[${index}]" is not an avvikelse id.`);
  });
  return { naromradeId: input.naromradeId, datum, starttid, plats, deltagare, medverkande, beslut, systemfelAvvikelseIds };
}

const klockslag = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

function parseStarttid(value: string): string {
  if (!klockslag.test(value)) throw badUserInput('TIME_INVALID', 'input.starttid', '"input.starttid" must be a time of day as HH:MM, e.g. "13:30".');
  return value;
}

export interface RegistreraNosamMoteDependencies {
  db: Kysely<SamverkanDatabase>;
  identity: Identity;
  log: Logger;
  today: string;
  now: () => Date;
}

export async function registreraNosamMote(dependencies: RegistreraNosamMoteDependencies, input: RegistreraNosamMoteInput): Promise<NosamMoteRow> {
  const { db, identity, log, today } = dependencies;
  const mote = validateRegistreraNosamMote(input, today);

  const naromrade = await selectNaromrade(db).where('naromrade.id', '=', mote.naromradeId).executeTakeFirst();
  if (!naromrade) throw notFound(`No närområde has the id "${mote.naromradeId}".`, { field: 'input.naromradeId' });
  requireNaromradeParty(identity, naromrade, 'record a NOSAM meeting');
  checkAgare(mote, naromrade);

  const planer = await db
    .selectFrom('naromradesplan')
    .select(['id', 'version', 'giltig_fran as giltigFran', 'giltig_till as giltigTill'])
    .where('naromrade_id', '=', naromrade.id)
    .execute();
  const iKraft = planInForce(planer, today);
  const nyIndex = mote.beslut.findIndex((beslut) => beslut.nyAtgard !== null);
  if (nyIndex >= 0 && iKraft === null) {
    throw notFound(`Närområde ${naromrade.id} has no närområdesplan in force to add an åtgärd to; adopt one first.`, { field: `input.beslut[${nyIndex}].nyAtgard` });
  }

  const stangIds = [...new Set(mote.beslut.flatMap((beslut) => (beslut.stangAtgardId === null ? [] : [beslut.stangAtgardId])))];
  if (stangIds.length > 0) {
    const found = new Set(
      (
        await db
          .selectFrom('atgard')
          .select('id')
          .where('id', 'in', stangIds)
          .where('plan_id', 'in', planer.length > 0 ? planer.map((plan) => plan.id) : [''])
          .execute()
      ).map((row) => row.id),
    );
    const index = mote.beslut.findIndex((beslut) => beslut.stangAtgardId !== null && !found.has(beslut.stangAtgardId));
    if (index >= 0) {
      throw notFound(`No åtgärd of närområde ${naromrade.id}'s plans has the id "${mote.beslut[index]!.stangAtgardId}".`, { field: `input.beslut[${index}].stangAtgardId` });
    }
  }

  const avvikelser =
    mote.systemfelAvvikelseIds.length === 0 ? [] : await selectAvvikelse(db).where('avvikelse.id', 'in', mote.systemfelAvvikelseIds).where('avvikelse.naromrade_id', '=', naromrade.id).execute();
  const avvikelseById = new Map(avvikelser.map((avvikelse) => [avvikelse.id, avvikelse]));
  const attLyfta = mote.systemfelAvvikelseIds.map((id, index) => {
    const field = `input.systemfelAvvikelseIds[${index}]`;
    const avvikelse = avvikelseById.get(id);
    if (!avvikelse) throw notFound(`No avvikelse of närområde ${naromrade.id} has the id "${id}".`, { field });
    if (avvikelse.status === 'AVSLUTAD' || avvikelse.status === 'AVVISAD') {
      throw badUserInput('TRANSITION_NOT_ALLOWED', field, `Avvikelse "${id}" is ${avvikelse.status}; only open avvikelser can be lifted as systemfel.`);
    }
    if (avvikelse.systemfelNiva !== null) return { avvikelse, lyft: null };
    const result = avvikelseTransition(
      { status: avvikelse.status, systemfelNiva: null },
      { handling: 'LYFT_SOM_SYSTEMFEL', sida: sidaFor(identity.huvudman, avvikelse), kommentar: null, systemfelNiva: 'NOSAM' },
    );
    if (!result.ok) throw result.refusal;
    return { avvikelse, lyft: result.overgang };
  });

  const tid = dependencies.now().toISOString();
  const utfordAv = identity.employeeHsaId ?? identity.subject;
  const id = `mote-${randomUUID()}`;
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto('nosam_mote')
      .values({
        id,
        naromrade_id: naromrade.id,
        datum: mote.datum,
        starttid: mote.starttid,
        plats: mote.plats,
        deltagare: mote.deltagare,
        registrerad_tid: tid,
        registrerad_av: utfordAv,
      })
      .execute();
    if (mote.medverkande.length > 0) {
      await transaction
        .insertInto('motesdeltagare')
        .values(mote.medverkande.map((person, index) => ({ mote_id: id, ordning: index + 1, ...person })))
        .execute();
    }
    for (const [index, beslut] of mote.beslut.entries()) {
      let skapadAtgardId: string | null = null;
      if (beslut.nyAtgard !== null) {
        skapadAtgardId = `atg-${randomUUID()}`;
        await transaction
          .insertInto('atgard')
          .values({
            id: skapadAtgardId,
            plan_id: iKraft!.id,
            beskrivning: beslut.nyAtgard.beskrivning,
            agare: beslut.nyAtgard.agare,
            ansvarig_enhet: beslut.nyAtgard.ansvarigEnhet,
            sista_datum: beslut.nyAtgard.sistaDatum,
            status: 'PLANERAD',
          })
          .execute();
      }
      if (beslut.stangAtgardId !== null) {
        await transaction.updateTable('atgard').set({ status: 'KLAR' }).where('id', '=', beslut.stangAtgardId).execute();
      }
      await transaction
        .insertInto('motesbeslut')
        .values({ id: `${id}-b${index + 1}`, mote_id: id, ordning: index + 1, beskrivning: beslut.beskrivning, skapad_atgard_id: skapadAtgardId, stangd_atgard_id: beslut.stangAtgardId })
        .execute();
    }
    for (const { avvikelse, lyft } of attLyfta) {
      await transaction.insertInto('nosam_mote_systemfel').values({ mote_id: id, avvikelse_id: avvikelse.id }).execute();
      if (lyft === null) continue;
      const { numUpdatedRows } = await transaction
        .updateTable('avvikelse')
        .set((eb) => ({ systemfel_niva: 'NOSAM', version: eb('avvikelse.version', '+', 1) }))
        .where('id', '=', avvikelse.id)
        .where('version', '=', avvikelse.version)
        .where('systemfel_niva', 'is', null)
        .executeTakeFirst();
      if (Number(numUpdatedRows) !== 1) {
        throw versionStale(`Avvikelse "${avvikelse.id}" changed while the meeting was being recorded; nothing was stored. Read it again and retry.`, {
          avvikelseId: avvikelse.id,
        });
      }
      await transaction
        .insertInto('avvikelsehandelse')
        .values({
          avvikelse_id: avvikelse.id,
          handling: 'LYFT_SOM_SYSTEMFEL',
          fran_status: lyft.franStatus,
          till_status: lyft.tillStatus,
          version: avvikelse.version + 1,
          tid,
          utford_av: utfordAv,
          organisation_hsa_id: identity.organisationHsaId,
          huvudman: identity.huvudman,
          kommentar: `Lyft vid NOSAM-möte ${mote.datum}`,
        })
        .execute();
    }
  });

  // Ids and counts only: never the free text.
  log.info('NOSAM-möte registrerat', { moteId: id, naromradeId: naromrade.id, beslut: mote.beslut.length, systemfel: attLyfta.length });
  return { id, naromradeId: naromrade.id, datum: mote.datum, deltagare: mote.deltagare, plats: mote.plats, starttid: mote.starttid };
}

/** A new åtgärd is owned by a party of the närområde: the region or its kommun. */
function checkAgare(mote: ValidNosamMote, naromrade: Pick<NaromradeRow, 'id' | 'kommunkod'>): void {
  mote.beslut.forEach((beslut, index) => {
    const agare = beslut.nyAtgard?.agare;
    if (agare !== undefined && agare !== regionHuvudman && agare !== naromrade.kommunkod) {
      throw badUserInput(
        'HUVUDMAN_NOT_IN_NAROMRADE',
        `input.beslut[${index}].nyAtgard.agare`,
        `An åtgärd of närområde ${naromrade.id} is owned by "VGR" or kommun ${naromrade.kommunkod}.`,
      );
    }
  });
}
