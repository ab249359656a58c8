// The one select list for SIPs, mapping the table to `SipRow`. SIPs are
// patient-level data: read them only through loaders/patientDataLoaders.ts.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function selectSip(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('sip')
    .select([
      'sip.id',
      'sip.personnummer',
      'sip.naromrade_id as naromradeId',
      'sip.status',
      'sip.huvudansvar',
      'sip.skapad_datum as skapadDatum',
      'sip.nasta_uppfoljning as nastaUppfoljning',
      'sip.samtycke_datum as samtyckeDatum',
    ]);
}
