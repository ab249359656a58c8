// Närområde, an entity this subgraph owns (the local level), with its plan
// versions and the difference between two of them, the gaps in the plan in
// force, its NOSAM meetings and the count of overdue SIP follow-ups for the
// NOSAM agenda.
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import { suppressSmallCount } from '../../common/suppression/suppressSmallCount.js';
import type { NaromradeResolvers } from '../generated/resolvers.js';
import { boendenUtanAnsvar } from '../naromrade/boendenUtanAnsvar.js';
import { naromradesplanSkillnadField } from '../naromrade/naromradesplanSkillnadField.js';
import { nosamMoteParent } from '../naromrade/nosam/nosamMoteParent.js';
import { planInForce } from '../naromrade/planInForce.js';
import { prefetchBoendenMedAnsvar } from '../naromrade/prefetchNaromradeParts.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { requireRow } from '../../../platform/errors/requireRow.js';
import { countForsenadeSipar } from '../sip/sipAccess.js';

/** SAMSYN_MIN_ANTAL, read once when the subgraph loads, as avvikelseanalysQuery.ts does: the samverkan context carries no threshold. */

export const Naromrade: NaromradeResolvers = {
  __resolveReference: async (reference, context) => {
    if (!isReferenceId(reference.id)) return null;
    const withBoenden = 'boenden' in reference;
    if (withBoenden) prefetchBoendenMedAnsvar(context.loaders, reference.id);
    const row = await context.loaders.naromradeById.load(reference.id);
    if (row === null) return null;
    // With `@requires(fields: "boenden { id }")` the gateway passes the kommun's boenden: keep them for boendenUtanAnsvar.
    return withBoenden ? { ...row, boenden: reference.boenden ?? null } : row;
  },
  kommun: (naromrade) => ({ kod: naromrade.kommunkod }),
  vardsamverkansomrade: async (naromrade, _arguments, context) =>
    requireRow(
      await context.loaders.vardsamverkansomradeById.load(naromrade.vardsamverkansomradeId),
      'vardsamverkansomrade',
      naromrade.vardsamverkansomradeId,
    ),
  naromradesplan: async (naromrade, _arguments, context) =>
    planInForce(await context.loaders.naromradesplanerByNaromrade.load(naromrade.id), context.today),
  naromradesplaner: (naromrade, _arguments, context) => context.loaders.naromradesplanerByNaromrade.load(naromrade.id),
  naromradesplanSkillnad: naromradesplanSkillnadField,
  boendenUtanAnsvar: async (naromrade, _arguments, context) => {
    // Missing: the gateway got no answer from the kommun (or the field was asked without @requires).
    const boenden = naromrade.boenden;
    if (boenden == null) return null;
    const medAnsvar = await context.loaders.boendeIdsInForceByNaromrade.load(naromrade.id);
    return boendenUtanAnsvar(
      boenden.map((boende) => boende.id),
      medAnsvar,
    ).map((id) => ({ id }));
  },
  moten: async (naromrade, _arguments, context) => (await context.loaders.motenByNaromrade.load(naromrade.id)).map(nosamMoteParent),
  antalForsenadeSipUppfoljningar: async (naromrade, _arguments, context) => {
    requireAccess(context.identity, countForsenadeSipar, 'count overdue SIP follow-ups');
    return suppressSmallCount(await context.loaders.antalForsenadeSipUppfoljningar.load(naromrade.id), context.suppressionThreshold);
  },
};
