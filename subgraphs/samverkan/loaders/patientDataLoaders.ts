// The one place where this subgraph reads, hands out or writes patient-level
// data: SIPs, the avvikelser of a patient, the patient an avvikelse or SIP
// concerns, the patient link of a new avvikelse, and the patient's log
// extract. Every such access is decided here with `decidePatientAccess` (the
// one rule, platform/auth/patientAccess.ts) and recorded in the access
// log, so no resolver may read `sip` rows (or their insatser, deltagare and
// follow-ups) or `avvikelse.personnummer` any other way. SIP writes (skapaSip,
// hanteraSip) are decided here too: vårdpersonal of a party only.
//
// Who holds a record of the shared layer: its parties, jointly — for a SIP the
// region (VGR) and the kommun of the SIP's närområde; for an avvikelse its
// rapporterande and mottagande huvudman. A reader whose huvudman is a party
// reads it as its own data (egen vårdrelation); anyone else reads the record's
// kommun's data (SIP: the närområde's kommun; avvikelse: its kommunkod) and
// needs samtycke or nödåtkomst for it.
//
// There is no spärr in samverkan (`sparr: false`): a spärr hides a huvudman's
// own journal data from other huvudmän, and is enforced by the subgraph that
// holds that journal. A SIP rests on the person's explicit consent to share
// information between the parties (`Sip.samtyckeDatum`), and an avvikelse
// holds no journal data, only that the collaboration failed for this person.
import type { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { createPatientExtractReads } from '../../common/atkomstlogg/patientExtractReads.js';
import type { Lasning } from '../../common/atkomstlogg/queryAtkomstlogg.js';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import { hasRole, mayReadPatientData, type Identity } from '../../../platform/auth/Identity.js';
import { decidePatientAccess, type PatientAccessDecision } from '../../../platform/auth/patientAccess.js';
import { atkomstgrundSaknas, forbidden } from '../../../platform/auth/requireAccess.js';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import { reusableQuery } from '../../common/database/reusableQuery.js';
import { notFound } from '../../../platform/errors/samsynError.js';
import { isHuvudmanId, regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import type { BaseRequestContext } from '../../common/server/requestContext.js';
import { selectAvvikelse } from '../avvikelse/selectAvvikelse.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseRow, PatientRow, SipRow } from '../rows.js';
import { selectSip } from '../sip/selectSip.js';
import { selectSipDeltagare, selectSipInsatser, selectSipUppfoljningar } from '../sip/selectSipParts.js';
import { whereSipForsenad } from '../sip/whereSipForsenad.js';

/**
 * The shared layer holds records of every huvudman (the region and each
 * kommun is a party to some): for the shared rule on who reads its access log
 * and the patient log extract (common/atkomstlogg/atkomstloggReaders.ts).
 */
export function samverkanHoldsDataOf(huvudman: string): boolean {
  return isHuvudmanId(huvudman);
}

const selectSipById = reusableQuery((db: Kysely<SamverkanDatabase>, ids: readonly string[]) =>
  selectSip(db).where((eb) => eb('sip.id', '=', eb.fn.any(eb.val(ids)))),
);
/** Newest SIP first. */
const selectSiparByPersonnummer = reusableQuery((db: Kysely<SamverkanDatabase>, personnummer: readonly string[]) =>
  selectSip(db)
    .where((eb) => eb('sip.personnummer', '=', eb.fn.any(eb.val(personnummer))))
    .orderBy('sip.skapad_datum', 'desc')
    .orderBy('sip.id', 'desc'),
);
/** Newest reported first. */
const selectAvvikelserByPersonnummer = reusableQuery((db: Kysely<SamverkanDatabase>, personnummer: readonly string[]) =>
  selectAvvikelse(db)
    .where((eb) => eb('avvikelse.personnummer', '=', eb.fn.any(eb.val(personnummer))))
    .orderBy('avvikelse.rapporterad_tid', 'desc')
    .orderBy('avvikelse.id', 'desc'),
);

export function createPatientDataLoaders(db: Kysely<SamverkanDatabase>, identity: Identity) {
  return {
    sipById: createRowLoader<string, SipRow>(
      (ids) => selectSipById(db, ids),
      (row) => row.id,
    ),
    /** Keys are validated personnummer; newest SIP first. */
    siparByPersonnummer: createGroupLoader<string, SipRow>(
      (personnummer) => selectSiparByPersonnummer(db, personnummer),
      (row) => row.personnummer,
    ),
    /** The parts of a SIP already shown to the reader (keys are SIP ids); one query per part per request. */
    sipInsatser: createGroupLoader((sipIds: readonly string[]) => selectSipInsatser(db, sipIds), (row) => row.sipId),
    sipDeltagare: createGroupLoader((sipIds: readonly string[]) => selectSipDeltagare(db, sipIds), (row) => row.sipId),
    sipUppfoljningar: createGroupLoader((sipIds: readonly string[]) => selectSipUppfoljningar(db, sipIds), (row) => row.sipId),
    /** Keys are validated personnummer; newest reported first. */
    avvikelserByPersonnummer: createGroupLoader<string, AvvikelseRow>(
      (personnummer) => selectAvvikelserByPersonnummer(db, personnummer),
      // The query only returns rows whose personnummer matched a key.
      (row) => row.personnummer!,
    ),
    /** The patient's log extract, in the reader's scope (FORBIDDEN when the reader may not see it); one query for all patients. */
    lasningarByPersonnummer: createPatientExtractReads(db, identity, samverkanHoldsDataOf),
  };
}

export type PatientDataLoaders = ReturnType<typeof createPatientDataLoaders>;

/** What the functions below need of the request. */
export interface PatientAccessContext extends Pick<BaseRequestContext, 'identity' | 'atkomstgrund' | 'atkomstlogg'> {
  loaders: { patient: PatientDataLoaders };
}

export type SamverkanKategori = 'sip' | 'avvikelse' | 'avvikelsePatient' | 'sipPatient';

/** A patient-level record of the shared layer, as the access rule sees it. */
export interface SharedRecord {
  personnummer: string;
  /** The huvudmän that hold the record jointly. */
  parties: readonly string[];
  /** The kommun whose data it is for a reader that is not a party. */
  kommunkod: string;
}

export function sipRecord(sip: SipRow): SharedRecord {
  return { personnummer: sip.personnummer, parties: [regionHuvudman, sip.kommunkod], kommunkod: sip.kommunkod };
}

export function avvikelseRecord(
  avvikelse: Pick<AvvikelseRow, 'rapporterandeHuvudman' | 'mottagandeHuvudman' | 'kommunkod'>,
  personnummer: string,
): SharedRecord {
  return { personnummer, parties: [avvikelse.rapporterandeHuvudman, avvikelse.mottagandeHuvudman], kommunkod: avvikelse.kommunkod };
}

export interface RecordDecision {
  /** The huvudman whose data the reader reads: its own when a party, else the record's kommun. */
  dataHuvudman: string;
  decision: PatientAccessDecision;
}

/** The access rule applied to one record of the shared layer (pure). */
export function decideRecordAccess(identity: Identity, atkomstgrund: Atkomstgrund | null, record: SharedRecord): RecordDecision {
  const dataHuvudman = record.parties.includes(identity.huvudman) ? identity.huvudman : record.kommunkod;
  // sparr: false — see the top of this file: samverkan holds no spärr-able journal data.
  return { dataHuvudman, decision: decidePatientAccess({ identity, dataHuvudman, atkomstgrund, sparr: false }) };
}

const noPatientAccess = 'Your role gives no access to patient-level data in samverkan (SIPs and the patients of avvikelser).';

/** The error a refused decision answers with; null when the data may be shown (or is hidden by a spärr, which says nothing). */
export function refusalError({ dataHuvudman, decision }: RecordDecision): GraphQLError | null {
  if (decision.resultat !== 'NEKAD') return null;
  return decision.code === 'FORBIDDEN' ? forbidden(noPatientAccess) : atkomstgrundSaknas(dataHuvudman);
}

/** Decides one read and writes it to the request's access log (refused ones too). */
function readRecord(context: PatientAccessContext, record: SharedRecord, kategori: SamverkanKategori): RecordDecision {
  const decided = decideRecordAccess(context.identity, context.atkomstgrund, record);
  context.atkomstlogg.record({ patientId: record.personnummer, dataHuvudman: decided.dataHuvudman, kategori, atgard: 'LASNING', decision: decided.decision });
  return decided;
}

/** A single patient-level value: shown when allowed, null with the refusal's error when refused. */
function handOut<Value>(decided: RecordDecision, value: Value): Value | null {
  if (decided.decision.resultat === 'TILLATEN') return value;
  const error = refusalError(decided);
  if (error) throw error;
  return null;
}

/**
 * A patient's records, each decided on its own: the ones the reader may not
 * see are left out (and logged as refused). Only when none is visible does
 * the field answer null with the refusal's error. A role without patient
 * access gets FORBIDDEN even when there is nothing: that a person has no SIP
 * is patient information too.
 */
function visibleRecords<Row>(context: PatientAccessContext, rows: readonly Row[], toRecord: (row: Row) => SharedRecord, kategori: SamverkanKategori): Row[] {
  const visible: Row[] = [];
  let firstRefusal: GraphQLError | null = null;
  for (const row of rows) {
    const decided = readRecord(context, toRecord(row), kategori);
    if (decided.decision.resultat === 'TILLATEN') visible.push(row);
    else firstRefusal ??= refusalError(decided);
  }
  if (visible.length > 0) return visible;
  if (firstRefusal) throw firstRefusal;
  if (!mayReadPatientData(context.identity)) throw forbidden(noPatientAccess);
  return [];
}

/** `Patient.sipar`. */
export async function siparOfPatient(context: PatientAccessContext, personnummer: string): Promise<SipRow[]> {
  const sipar = await context.loaders.patient.siparByPersonnummer.load(personnummer);
  return visibleRecords(context, sipar, sipRecord, 'sip');
}

/** `Patient.avvikelser`. */
export async function avvikelserOfPatient(context: PatientAccessContext, personnummer: string): Promise<AvvikelseRow[]> {
  const avvikelser = await context.loaders.patient.avvikelserByPersonnummer.load(personnummer);
  return visibleRecords(context, avvikelser, (avvikelse) => avvikelseRecord(avvikelse, personnummer), 'avvikelse');
}

/** `Sip` fetched by `_entities`: the whole SIP is the person's plan, so it is shown only to a reader who may see it. */
export async function sipByReference(context: PatientAccessContext, id: string): Promise<SipRow | null> {
  const sip = await context.loaders.patient.sipById.load(id);
  if (sip === null) return null;
  return handOut(readRecord(context, sipRecord(sip), 'sip'), sip);
}

/** `Avvikelse.patient`: the patient an avvikelse concerns, as a reference to the federated Patient. */
export function patientOfAvvikelse(context: PatientAccessContext, avvikelse: AvvikelseRow): PatientRow | null {
  if (avvikelse.personnummer === null) return null;
  return handOut(readRecord(context, avvikelseRecord(avvikelse, avvikelse.personnummer), 'avvikelsePatient'), { id: avvikelse.personnummer });
}

/**
 * `Sip.patient` (non-null): the person a SIP belongs to, as a reference to the
 * federated Patient. Reached only through a SIP already shown to this reader,
 * so the same decision allows it; it is still decided and logged here.
 */
export function patientOfSip(context: PatientAccessContext, sip: SipRow): PatientRow {
  const decided = readRecord(context, sipRecord(sip), 'sipPatient');
  if (decided.decision.resultat !== 'TILLATEN') throw refusalError(decided) ?? forbidden(noPatientAccess);
  return { id: sip.personnummer };
}

/** `Patient.samverkansLasningar`: the patient's log extract in the reader's scope. */
export function lasningarOfPatient(context: PatientAccessContext, personnummer: string): Promise<Lasning[]> {
  return context.loaders.patient.lasningarByPersonnummer.load(personnummer);
}

/** The patient link of a new avvikelse, decided before it is written. */
export interface PatientLinkWrite {
  personnummer: string;
  /** The närområde's kommun: the log row's data-holding huvudman. */
  kommunkod: string;
  decision: PatientAccessDecision;
}

/**
 * Decides whether the reporter may link the patient to a new avvikelse (a
 * patient-level write): the same rule as reading the record, so a reporter
 * that is a party writes its own data (egen vårdrelation). A refusal is
 * logged and thrown before anything is stored.
 */
export function decidePatientLinkWrite(
  context: PatientAccessContext,
  avvikelse: Pick<AvvikelseRow, 'rapporterandeHuvudman' | 'mottagandeHuvudman' | 'kommunkod'>,
  personnummer: string,
): PatientLinkWrite {
  const decided = decideRecordAccess(context.identity, context.atkomstgrund, avvikelseRecord(avvikelse, personnummer));
  const write = { personnummer, kommunkod: avvikelse.kommunkod, decision: decided.decision };
  if (decided.decision.resultat !== 'TILLATEN') {
    recordPatientLinkWrite(context, write);
    throw refusalError(decided) ?? forbidden(noPatientAccess);
  }
  return write;
}

/** Records the write (call it once the row is stored, then flush in the same transaction). */
export function recordPatientLinkWrite(context: Pick<PatientAccessContext, 'atkomstlogg'>, write: PatientLinkWrite): void {
  context.atkomstlogg.record({ patientId: write.personnummer, dataHuvudman: write.kommunkod, kategori: 'avvikelse', atgard: 'SKRIVNING', decision: write.decision });
}

/**
 * `Query.forsenadeSipUppfoljningar`: the open SIPs of a närområde whose
 * follow-up date is before `today`, oldest first, each decided on its own:
 * the ones the reader may not see are left out (and logged as refused).
 */
export async function forsenadeSiparOfNaromrade(
  context: PatientAccessContext & { db: Kysely<SamverkanDatabase> },
  naromradeId: string,
  today: string,
): Promise<SipRow[]> {
  const sipar = await selectSip(context.db)
    .where('sip.naromrade_id', '=', naromradeId)
    .where(whereSipForsenad(today))
    .orderBy('sip.nasta_uppfoljning', 'asc')
    .orderBy('sip.id', 'asc')
    .execute();
  return sipar.filter((sip) => readRecord(context, sipRecord(sip), 'sip').decision.resultat === 'TILLATEN');
}

/** `Sip.insatser`, `Sip.deltagare`, `Sip.uppfoljningar`: parts of a SIP the reader was already shown (decided and logged there). */
export function sipParts(context: PatientAccessContext, sip: SipRow) {
  const { patient } = context.loaders;
  return {
    insatser: () => patient.sipInsatser.load(sip.id),
    deltagare: () => patient.sipDeltagare.load(sip.id),
    uppfoljningar: () => patient.sipUppfoljningar.load(sip.id),
  };
}

/** A decided write to a SIP (skapaSip, hanteraSip). */
export interface SipWrite {
  personnummer: string;
  /** The writer's own huvudman (always a party). */
  dataHuvudman: string;
  decision: PatientAccessDecision;
}

const noSipWrite = 'Only vårdpersonal of a party to the SIP (the region or the kommun of its närområde) may create or change it.';

/**
 * Decides a write to a SIP (a patient-level write): only vårdpersonal whose
 * huvudman is a party (VGR or the närområde's kommun) writes it, as its own
 * data; no access ground opens it to anyone else, and no system client writes
 * it. A refusal is logged and thrown before anything is stored.
 */
export function decideSipWrite(context: PatientAccessContext, sip: { personnummer: string; kommunkod: string }): SipWrite {
  const { identity } = context;
  const record: SharedRecord = { personnummer: sip.personnummer, parties: [regionHuvudman, sip.kommunkod], kommunkod: sip.kommunkod };
  const isParty = record.parties.includes(identity.huvudman);
  if (!hasRole(identity, 'vardpersonal') || !isParty) {
    const decision: PatientAccessDecision = { resultat: 'NEKAD', grund: null, code: 'FORBIDDEN' };
    context.atkomstlogg.record({ patientId: sip.personnummer, dataHuvudman: isParty ? identity.huvudman : sip.kommunkod, kategori: 'sip', atgard: 'SKRIVNING', decision });
    throw forbidden(noSipWrite);
  }
  const decided = decideRecordAccess(identity, context.atkomstgrund, record);
  if (decided.decision.resultat !== 'TILLATEN') throw refusalError(decided) ?? forbidden(noSipWrite);
  return { personnummer: sip.personnummer, dataHuvudman: decided.dataHuvudman, decision: decided.decision };
}

/**
 * Records the write (call it once the rows are stored, then flush in the same
 * transaction); `LASNING` when a retry of skapaSip stored nothing and hands
 * out the SIP stored earlier.
 */
export function recordSipWrite(context: Pick<PatientAccessContext, 'atkomstlogg'>, write: SipWrite, atgard: 'SKRIVNING' | 'LASNING' = 'SKRIVNING'): void {
  context.atkomstlogg.record({ patientId: write.personnummer, dataHuvudman: write.dataHuvudman, kategori: 'sip', atgard, decision: write.decision });
}

/** The SIP a step is for, with the write decided: NOT_FOUND when there is none, FORBIDDEN (logged) when the caller may not change it. */
export async function sipForWrite(context: PatientAccessContext, id: string): Promise<{ sip: SipRow; write: SipWrite }> {
  const sip = await context.loaders.patient.sipById.load(id);
  if (sip === null) throw notFound(`No SIP has the id "${id}".`, { field: 'input.sipId' });
  return { sip, write: decideSipWrite(context, sip) };
}
