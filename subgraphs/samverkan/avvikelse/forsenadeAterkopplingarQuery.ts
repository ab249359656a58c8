// `Query.forsenadeAterkopplingar`: the same readers as the avvikelse list;
// arguments are validated before any query (see forsenadeAterkopplingar.ts).
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import { parsePageSize } from '../../common/pagination/cursor.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { isFieldSelected } from '../resolvers/isFieldSelected.js';
import { readAvvikelser } from './avvikelseAccess.js';
import { decodeForsenadCursor, listForsenadeAterkopplingar, parseForsenadeFilter } from './forsenadeAterkopplingar.js';

export const forsenadeAterkopplingarQuery: NonNullable<QueryResolvers['forsenadeAterkopplingar']> = async (_root, { filter, first, after }, context, info) => {
  requireAccess(context.identity, readAvvikelser, 'read avvikelser');
  const urval = parseForsenadeFilter(filter);
  const paging = {
    first: parsePageSize(first, 'first'),
    after: after == null ? null : decodeForsenadCursor(after, 'after'),
    withTotalCount: isFieldSelected(info, 'totalCount'),
  };
  const page = await listForsenadeAterkopplingar(context.db, urval, context.today, paging);
  // When totalCount was not selected nobody reads it; 0 only satisfies the type.
  return { ...page, totalCount: page.totalCount ?? 0 };
};
