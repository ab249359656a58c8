// Root queries: the caller's role is checked first, then every argument is
// validated before any query runs; unknown but well-formed ids give null or an
// empty list. Reference and närområde-level data is open to every
// authenticated role; patient-level fields decide for themselves (loaders/patientDataLoaders.ts).
import { requireAtkomstloggScope } from '../../common/atkomstlogg/atkomstloggReaders.js';
import { listAtkomstlogg } from '../../common/atkomstlogg/queryAtkomstlogg.js';
import { verifyAtkomstlogg } from '../../common/atkomstlogg/verifyAtkomstlogg.js';
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import { readAvvikelser } from '../avvikelse/avvikelseAccess.js';
import { parseKommunkod } from '../../../platform/identifiers/kommunkod.js';
import { parsePageSize } from '../../common/pagination/cursor.js';
import { decodeAvvikelseCursor } from '../avvikelse/avvikelseCursor.js';
import { parseAvvikelseFilter } from '../avvikelse/avvikelseFilter.js';
import { listAvvikelser } from '../avvikelse/listAvvikelser.js';
import { avvikelseanalysQuery } from '../avvikelse/analys/avvikelseanalysQuery.js';
import { forsenadeAterkopplingarQuery } from '../avvikelse/forsenadeAterkopplingarQuery.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { forsenadeSipUppfoljningarQuery } from '../sip/forsenadeSipUppfoljningarQuery.js';
import { samverkanHoldsDataOf } from '../loaders/patientDataLoaders.js';
import { listNaromraden } from '../naromrade/listNaromraden.js';
import { prefetchNaromradeParts } from '../naromrade/prefetchNaromradeParts.js';
import { listVardsamverkansomraden } from '../vardsamverkansomrade/listVardsamverkansomraden.js';
import { isFieldSelected } from './isFieldSelected.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';

export const Query: QueryResolvers = {
  naromrade: (_root, { id }, context, info) => {
    if (!isReferenceId(id)) return null;
    prefetchNaromradeParts(context.loaders, id, info);
    return context.loaders.naromradeById.load(id);
  },

  naromraden: (_root, { kommunkod, vardsamverkansomradeId }, context) =>
    listNaromraden(context.db, {
      kommunkod: kommunkod == null ? null : parseKommunkod(kommunkod, 'kommunkod'),
      vardsamverkansomradeId: vardsamverkansomradeId ?? null,
    }),

  vardsamverkansomraden: (_root, _arguments, context) => listVardsamverkansomraden(context.db),

  vardsamverkansomrade: (_root, { id }, context) => (isReferenceId(id) ? context.loaders.vardsamverkansomradeById.load(id) : null),

  avvikelse: (_root, { id }, context) => {
    requireAccess(context.identity, readAvvikelser, 'read avvikelser');
    return isReferenceId(id) ? context.loaders.avvikelseById.load(id) : null;
  },

  avvikelser: async (_root, { filter, ordning, first, after }, context, info) => {
    requireAccess(context.identity, readAvvikelser, 'read avvikelser');
    const urval = parseAvvikelseFilter(filter);
    const paging = {
      ordning: ordning ?? 'SENAST_RAPPORTERAD',
      first: parsePageSize(first, 'first'),
      after: after == null ? null : decodeAvvikelseCursor(after, ordning ?? 'SENAST_RAPPORTERAD', 'after'),
      withTotalCount: isFieldSelected(info, 'totalCount'),
    };
    const page = await listAvvikelser(context.db, urval, paging);
    // When totalCount was not selected nobody reads it; 0 only satisfies the type.
    return { ...page, totalCount: page.totalCount ?? 0 };
  },

  // The shared layer's access log: see common/atkomstlogg/atkomstloggReaders.ts.
  samverkansAtkomstlogg: (_root, { filter, first, after }, context) =>
    listAtkomstlogg(context.db, requireAtkomstloggScope(context.identity, samverkanHoldsDataOf), filter, first, after),

  samverkansAtkomstloggVerifiering: (_root, _arguments, context) => {
    requireAtkomstloggScope(context.identity, samverkanHoldsDataOf);
    return verifyAtkomstlogg(context.db);
  },

  forsenadeAterkopplingar: forsenadeAterkopplingarQuery,

  avvikelseanalys: avvikelseanalysQuery,

  forsenadeSipUppfoljningar: forsenadeSipUppfoljningarQuery,
};
