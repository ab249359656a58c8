// Batched reads for NOSAM meetings: the meetings of each närområde (newest
// first), the decisions and the participants of each meeting (in order), the avvikelser lifted at
// each meeting (ids; the rows come from avvikelseById), and åtgärder by id.
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../../common/database/loaders.js';
import type { SamverkanDatabase } from '../../database.js';
import type { AtgardRow, MotesBeslutRow, MotesdeltagareRow, NosamMoteRow } from '../../rows.js';

export function selectNosamMote(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('nosam_mote')
    .select(['nosam_mote.id', 'nosam_mote.naromrade_id as naromradeId', 'nosam_mote.datum', 'nosam_mote.deltagare', 'nosam_mote.plats', 'nosam_mote.starttid']);
}

export function createMotenByNaromradeLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, NosamMoteRow>(
    (naromradeIds) =>
      selectNosamMote(db)
        .where((eb) => eb('nosam_mote.naromrade_id', '=', eb.fn.any(eb.val([...naromradeIds]))))
        .orderBy('nosam_mote.datum', 'desc')
        .orderBy('nosam_mote.registrerad_tid', 'desc')
        .orderBy('nosam_mote.id', 'desc')
        .execute(),
    (row) => row.naromradeId,
  );
}

export function createBeslutByMoteLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, MotesBeslutRow>(
    (moteIds) =>
      db
        .selectFrom('motesbeslut')
        .select(['id', 'mote_id as moteId', 'ordning', 'beskrivning', 'skapad_atgard_id as skapadAtgardId', 'stangd_atgard_id as stangdAtgardId'])
        .where((eb) => eb('mote_id', '=', eb.fn.any(eb.val([...moteIds]))))
        .orderBy('ordning')
        .execute(),
    (row) => row.moteId,
  );
}

export function createMedverkandeByMoteLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, MotesdeltagareRow>(
    (moteIds) =>
      db
        .selectFrom('motesdeltagare')
        .select(['mote_id as moteId', 'ordning', 'namn', 'roll', 'organisation', 'huvudman'])
        .where((eb) => eb('mote_id', '=', eb.fn.any(eb.val([...moteIds]))))
        .orderBy('ordning')
        .execute(),
    (row) => row.moteId,
  );
}

export function createSystemfelIdsByMoteLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, { moteId: string; avvikelseId: string }>(
    (moteIds) =>
      db
        .selectFrom('nosam_mote_systemfel')
        .select(['mote_id as moteId', 'avvikelse_id as avvikelseId'])
        .where((eb) => eb('mote_id', '=', eb.fn.any(eb.val([...moteIds]))))
        .orderBy('avvikelse_id')
        .execute(),
    (row) => row.moteId,
  );
}

export function createAtgardByIdLoader(db: Kysely<SamverkanDatabase>) {
  return createRowLoader<string, AtgardRow>(
    (ids) =>
      db
        .selectFrom('atgard')
        .select(['id', 'plan_id as planId', 'beskrivning', 'agare', 'ansvarig_enhet as ansvarigEnhet', 'sista_datum as sistaDatum', 'status'])
        .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
        .execute(),
    (row) => row.id,
  );
}
