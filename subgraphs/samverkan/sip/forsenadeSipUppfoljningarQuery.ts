// `Query.forsenadeSipUppfoljningar`: for vårdpersonal; each SIP is shown only
// when the access rules let this reader see it (loaders/patientDataLoaders.ts).
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import { badUserInput, notFound } from '../../../platform/errors/samsynError.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { forsenadeSiparOfNaromrade } from '../loaders/patientDataLoaders.js';
import { readForsenadeSipar } from './sipAccess.js';

export const forsenadeSipUppfoljningarQuery: NonNullable<QueryResolvers['forsenadeSipUppfoljningar']> = async (_root, { naromradeId }, context) => {
  requireAccess(context.identity, readForsenadeSipar, 'list overdue SIP follow-ups');
  if (!isReferenceId(naromradeId)) throw badUserInput('ID_INVALID', 'naromradeId', '"naromradeId" is not a närområde id (e.g. "1480-angered").');
  const naromrade = await context.loaders.naromradeById.load(naromradeId);
  if (!naromrade) throw notFound(`No närområde has the id "${naromradeId}".`, { field: 'naromradeId' });
  return forsenadeSiparOfNaromrade(context, naromrade.id, context.today);
};
