// The one place where this subgraph reads or hands out patient-level data:
// SIPs, the avvikelser of a patient, and the patient an avvikelse or SIP
// concerns. ACCESS RULES GO HERE: the coming access-rule issue checks the
// request's credentials and writes the access log in these functions, so no
// resolver may read `sip` rows or `avvikelse.personnummer` any other way.
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import { selectAvvikelse } from '../avvikelse/selectAvvikelse.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseRow, PatientRow, SipRow } from '../rows.js';
import { selectSip } from '../sip/selectSip.js';

export function createPatientDataLoaders(db: Kysely<SamverkanDatabase>) {
  return {
    sipById: createRowLoader<string, SipRow>(
      (ids) => selectSip(db).where((eb) => eb('sip.id', '=', eb.fn.any(eb.val([...ids])))).execute(),
      (row) => row.id,
    ),
    /** Keys are validated personnummer; newest SIP first. */
    siparByPersonnummer: createGroupLoader<string, SipRow>(
      (personnummer) =>
        selectSip(db)
          .where((eb) => eb('sip.personnummer', '=', eb.fn.any(eb.val([...personnummer]))))
          .orderBy('sip.skapad_datum', 'desc')
          .orderBy('sip.id', 'desc')
          .execute(),
      (row) => row.personnummer,
    ),
    /** Keys are validated personnummer; newest reported first. */
    avvikelserByPersonnummer: createGroupLoader<string, AvvikelseRow>(
      (personnummer) =>
        selectAvvikelse(db)
          .where((eb) => eb('avvikelse.personnummer', '=', eb.fn.any(eb.val([...personnummer]))))
          .orderBy('avvikelse.rapporterad_tid', 'desc')
          .orderBy('avvikelse.id', 'desc')
          .execute(),
      // The query only returns rows whose personnummer matched a key.
      (row) => row.personnummer!,
    ),
  };
}

export type PatientDataLoaders = ReturnType<typeof createPatientDataLoaders>;

/** The patient an avvikelse concerns, as a reference to the federated Patient. */
export function patientOfAvvikelse(avvikelse: AvvikelseRow): PatientRow | null {
  return avvikelse.personnummer === null ? null : { id: avvikelse.personnummer };
}

/** The person a SIP belongs to, as a reference to the federated Patient. */
export function patientOfSip(sip: SipRow): PatientRow {
  return { id: sip.personnummer };
}
