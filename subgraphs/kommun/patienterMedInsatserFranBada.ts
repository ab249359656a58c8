// Naromrade.patienterMedInsatserFranBada: the patients behind the count of
// patients shared with the region, named for coordination work (SIP, fast
// läkarkontakt). Unlike the count it is patient-level: every patient goes
// through the kommun's one patient seam (loaders/patientLoaders.ts), which
// decides for this reader and logs the read, category `kommun`.
import { mayReadPatientData } from '../../platform/auth/Identity.js';
import { forbidden } from '../../platform/auth/requireAccess.js';
import { kommunkodOfNaromrade } from '../../platform/identifiers/naromradeId.js';
import { parsePatientId } from '../../platform/identifiers/patientId.js';
import { parsePageSize } from '../common/pagination/cursor.js';
import type { KommunContext } from './context.js';
import type { NaromradeRow, PatientRow } from './rows.js';
import { sharedPatienter } from './sharedPatienter.js';
import { unpackPseudonymer } from '../../platform/scalars/patientpseudonymerScalar.js';

const defaultPageSize = 500;
/** An overnight integration pages through a närområde's patients; a page this size is one request per subgraph. */
const maxPatientPageSize = 1000;

/**
 * The shared patients this reader may see, in personnummer order; null when
 * the region's pseudonyms are missing (its service is down) or the id is not a
 * närområde's.
 *  - A role that may not read patient data is refused (FORBIDDEN) before any
 *    patient is looked up: it names no patient, so nothing is logged.
 *  - Everyone else gets each patient's decision from the seam: the reader's own
 *    kommun reads freely; another huvudman without an access ground is refused
 *    (ATKOMSTGRUND_SAKNAS, each attempt logged as refused); a patient whose
 *    spärr hides the kommun's data from this reader (FILTRERAD) is left out.
 * All the patients are the närområde's kommun's, so one refusal means all are
 * refused and the whole list answers with that error.
 */
export async function patienterMedInsatserFranBada(
  naromrade: NaromradeRow,
  page: { first?: number | null; after?: string | null },
  context: KommunContext,
): Promise<PatientRow[] | null> {
  if (!mayReadPatientData(context.identity)) throw forbidden('Your role may not read patient-level data.');
  const size = parsePageSize(page.first, 'first', defaultPageSize, maxPatientPageSize);
  const after = page.after === null || page.after === undefined ? null : parsePatientId(page.after, 'after');
  const regionens = naromrade.regionensPatientpseudonymer;
  const kommunkod = kommunkodOfNaromrade(naromrade.id);
  if (!regionens || !kommunkod) return null;

  // Only the page is looked up (and logged): the order is the personnummer's, stable between requests.
  const personnummer = sharedPatienter(unpackPseudonymer(regionens), await context.loaders.kommuninsatsPatienter.load(kommunkod))
    .filter((id) => after === null || id > after)
    .slice(0, size);
  const decided = await Promise.allSettled(personnummer.map((id) => context.loaders.patient.registrering(id)));
  const visible: PatientRow[] = [];
  for (const [index, outcome] of decided.entries()) {
    if (outcome.status === 'rejected') throw outcome.reason;
    if (outcome.value !== null) visible.push({ id: personnummer[index]! });
  }
  return visible;
}
