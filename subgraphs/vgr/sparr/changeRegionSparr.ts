// Registers or lifts a patient's spärr at the region. The change and its
// access-log row are written in one transaction, so neither exists without
// the other. Both are idempotent: registering twice keeps the first
// registration, lifting a spärr that does not exist changes nothing (each
// call is still logged).
import type { PatientAccessDecision } from '../../../platform/auth/patientAccess.js';
import { regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import { parsePatientId } from '../../../platform/identifiers/patientId.js';
import { requireRegionSparrWriter } from '../access/regionAccessRules.js';
import type { VgrContext } from '../context.js';
import type { SparrPayload } from '../generated/resolvers.js';

/** The region's own vårdpersonal acting on the region's own data (requireRegionSparrWriter has established this). */
const egenVardrelation: PatientAccessDecision = { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false };

export async function changeRegionSparr(context: VgrContext, patientIdInput: string, sparrad: boolean): Promise<SparrPayload> {
  const registreradAv = requireRegionSparrWriter(context.identity);
  const personnummer = parsePatientId(patientIdInput, 'input.patientId');
  await context.db.transaction().execute(async (transaction) => {
    if (sparrad) {
      await transaction
        .insertInto('sparr')
        .values({ personnummer, registrerad_av: registreradAv })
        .onConflict((conflict) => conflict.column('personnummer').doNothing())
        .execute();
    } else {
      await transaction.deleteFrom('sparr').where('personnummer', '=', personnummer).execute();
    }
    context.atkomstlogg.record({ patientId: personnummer, dataHuvudman: regionHuvudman, kategori: 'sparr', atgard: 'SKRIVNING', decision: egenVardrelation });
    await context.atkomstlogg.flush(transaction);
  });
  return { patientId: personnummer, huvudman: regionHuvudman, sparrad };
}
