// The one select list for SIPs, mapping the table to `SipRow`, with the kommun
// of the SIP's närområde (a party to the SIP, so the access rule needs it; the
// join adds no statement). SIPs are patient-level data: read them only through
// loaders/patientDataLoaders.ts.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function selectSip(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('sip')
    .innerJoin('naromrade', 'naromrade.id', 'sip.naromrade_id')
    .select([
      'sip.id',
      'sip.personnummer',
      'sip.naromrade_id as naromradeId',
      'naromrade.kommunkod',
      'sip.status',
      'sip.huvudansvar',
      'sip.skapad_datum as skapadDatum',
      'sip.nasta_uppfoljning as nastaUppfoljning',
      'sip.samtycke_datum as samtyckeDatum',
      'sip.version',
      'sip.behov',
      'sip.tredje_parter as tredjeParter',
    ]);
}
