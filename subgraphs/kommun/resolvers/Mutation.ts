// Registering and lifting a patient's spärr at the user's own kommun. The
// change and its access-log row (SKRIVNING, kategori sparr) are written in one
// transaction, so neither exists without the other. Both are idempotent.
import type { AtkomstloggRecorder } from '../../common/atkomstlogg/AtkomstloggRecorder.js';
import { forbidden } from '../../../platform/auth/requireAccess.js';
import { parsePatientId } from '../../../platform/identifiers/patientId.js';
import { sparrKommunkod } from '../access/kommunAccess.js';
import type { KommunContext } from '../context.js';
import type { MutationResolvers, SparrInput, SparrPayload } from '../generated/resolvers.js';

export const Mutation: MutationResolvers = {
  registreraKommunensSparr: (_parent, { input }, context) => changeSparr(context, input, true),

  havKommunensSparr: (_parent, { input }, context) => changeSparr(context, input, false),
};

async function changeSparr(context: KommunContext, input: SparrInput, sparrad: boolean): Promise<SparrPayload> {
  const kommunkod = sparrKommunkod(context.identity);
  if (kommunkod === null) throw forbidden("Only a kommun's vårdpersonal may register or lift a spärr at their kommun.");
  const patientId = parsePatientId(input.patientId, 'input.patientId');
  // A kommunkod in the valid range that no kommun has (e.g. 1403) holds no data here.
  if (!(await context.loaders.kommun.load(kommunkod))) throw forbidden('Your huvudman is not one of the kommuner of Västra Götaland.');

  await context.db.transaction().execute(async (transaction) => {
    if (sparrad) {
      await transaction
        .insertInto('sparr')
        .values({ personnummer: patientId, kommunkod, registrerad_av: context.identity.employeeHsaId ?? context.identity.subject })
        .onConflict((conflict) => conflict.columns(['personnummer', 'kommunkod']).doNothing())
        .execute();
    } else {
      await transaction.deleteFrom('sparr').where('personnummer', '=', patientId).where('kommunkod', '=', kommunkod).execute();
    }
    recordSparrWrite(context.atkomstlogg, patientId, kommunkod);
    await context.atkomstlogg.flush(transaction);
  });
  context.loaders.patient.forget(patientId);
  return { patientId, huvudman: kommunkod, sparrad };
}

function recordSparrWrite(atkomstlogg: AtkomstloggRecorder, patientId: string, kommunkod: string): void {
  atkomstlogg.record({
    patientId,
    dataHuvudman: kommunkod,
    kategori: 'sparr',
    atgard: 'SKRIVNING',
    decision: { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false },
  });
}
