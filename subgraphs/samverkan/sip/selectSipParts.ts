// The parts of SIPs (insatser, deltagare, follow-ups held) for a batch of SIP
// ids, one statement each, in the shape the GraphQL types need. Patient-level
// like the SIP itself: loaded only through loaders/patientDataLoaders.ts.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export interface SipInsatsRow {
  sipId: string;
  beskrivning: string;
  huvudman: { id: string };
  verksamhet: string;
}

export interface SipDeltagareRow {
  sipId: string;
  roll: string;
  huvudman: { id: string } | null;
}

export interface SipUppfoljningRow {
  sipId: string;
  datum: string;
  kommentar: string | null;
}

export async function selectSipInsatser(db: Kysely<SamverkanDatabase>, sipIds: readonly string[]): Promise<SipInsatsRow[]> {
  const rows = await db
    .selectFrom('sip_insats')
    .select(['sip_id', 'beskrivning', 'huvudman', 'verksamhet'])
    .where((eb) => eb('sip_id', '=', eb.fn.any(eb.val([...sipIds]))))
    .orderBy('sip_id')
    .orderBy('ordning')
    .execute();
  return rows.map((row) => ({ sipId: row.sip_id, beskrivning: row.beskrivning, huvudman: { id: row.huvudman }, verksamhet: row.verksamhet }));
}

export async function selectSipDeltagare(db: Kysely<SamverkanDatabase>, sipIds: readonly string[]): Promise<SipDeltagareRow[]> {
  const rows = await db
    .selectFrom('sip_deltagare')
    .select(['sip_id', 'roll', 'huvudman'])
    .where((eb) => eb('sip_id', '=', eb.fn.any(eb.val([...sipIds]))))
    .orderBy('sip_id')
    .orderBy('ordning')
    .execute();
  return rows.map((row) => ({ sipId: row.sip_id, roll: row.roll, huvudman: row.huvudman === null ? null : { id: row.huvudman } }));
}

/** Oldest first. */
export async function selectSipUppfoljningar(db: Kysely<SamverkanDatabase>, sipIds: readonly string[]): Promise<SipUppfoljningRow[]> {
  const rows = await db
    .selectFrom('sip_uppfoljning')
    .select(['sip_id', 'datum', 'kommentar'])
    .where((eb) => eb('sip_id', '=', eb.fn.any(eb.val([...sipIds]))))
    .orderBy('sip_id')
    .orderBy('datum')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ sipId: row.sip_id, datum: row.datum, kommentar: row.kommentar }));
}
