// Root queries: the caller's role is checked first, then every argument is
// validated before any query runs; unknown but well-formed ids give null or an
// empty list. Reference and närområde-level data is open to every
// authenticated role; patient-level fields decide for themselves (loaders/patientDataLoaders.ts).
import { listAccessLog } from '../../common/accessLog/queryAccessLog.js';
import { verifyAccessLog } from '../../common/accessLog/verifyAccessLog.js';
import { requireAccess, type AccessRequirement } from '../../common/auth/requireAccess.js';
import { readAvvikelser } from '../avvikelse/avvikelseAccess.js';
import { parseKommunkod } from '../../common/identifiers/kommunkod.js';
import { parsePageSize } from '../../common/pagination/cursor.js';
import { decodeAvvikelseCursor } from '../avvikelse/avvikelseCursor.js';
import { parseAvvikelseFilter } from '../avvikelse/avvikelseFilter.js';
import { listAvvikelser } from '../avvikelse/listAvvikelser.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { listNaromraden } from '../naromrade/listNaromraden.js';
import { listVardsamverkansomraden } from '../vardsamverkansomrade/listVardsamverkansomraden.js';
import { isFieldSelected } from './isFieldSelected.js';
import { isReferenceId } from '../../common/identifiers/referenceId.js';

/** The shared layer's access log: a granskare (or a system client with `atkomstlogg:read`) sees the rows of its own huvudman's data. */
const readAccessLog: AccessRequirement = { roles: ['granskare'], systemScope: 'atkomstlogg:read' };

export const Query: QueryResolvers = {
  naromrade: (_root, { id }, context) => (isReferenceId(id) ? context.loaders.naromradeById.load(id) : null),

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

  avvikelser: async (_root, { filter, first, after }, context, info) => {
    requireAccess(context.identity, readAvvikelser, 'read avvikelser');
    const urval = parseAvvikelseFilter(filter);
    const paging = {
      first: parsePageSize(first, 'first'),
      after: after == null ? null : decodeAvvikelseCursor(after, 'after'),
      withTotalCount: isFieldSelected(info, 'totalCount'),
    };
    const page = await listAvvikelser(context.db, urval, paging);
    // When totalCount was not selected nobody reads it; 0 only satisfies the type.
    return { ...page, totalCount: page.totalCount ?? 0 };
  },

  samverkansAtkomstlogg: (_root, { filter, first, after }, context) => {
    requireAccess(context.identity, readAccessLog, 'read the access log');
    return listAccessLog(context.db, { dataHuvudman: context.identity.huvudman }, filter, first, after);
  },

  samverkansAtkomstloggVerifiering: (_root, _arguments, context) => {
    requireAccess(context.identity, readAccessLog, 'verify the access log');
    return verifyAccessLog(context.db);
  },
};
