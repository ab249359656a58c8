// Query.avvikelseanalys: counts of avvikelser at lokal, delregional or
// länsgemensam level, grouped as asked, with time to återkoppling and the
// share overdue, computed in SQL and protected against small counts
// (protectCounts.ts). Open to every user role and to system clients with
// `avvikelse:read`, like the avvikelse list: it shows less than the list does.
import { requireAccess } from '../../../../platform/auth/requireAccess.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { readAvvikelser } from '../avvikelseAccess.js';
import { parseAvvikelseanalysInput } from './parseAvvikelseanalysInput.js';
import { recentAnalysisRows } from './recentAnalysisRows.js';
import { analysisFromRows, loadAnalysisRows } from './runAvvikelseanalys.js';

export const avvikelseanalysQuery: NonNullable<QueryResolvers['avvikelseanalys']> = async (_root, { input }, context) => {
  requireAccess(context.identity, readAvvikelser, 'read avvikelse analyses');
  const urval = parseAvvikelseanalysInput(input);
  const rows = await recentAnalysisRows(context.db).get(`${context.today} ${JSON.stringify(urval)}`, () =>
    loadAnalysisRows(context.db, urval, { today: context.today }),
  );
  return analysisFromRows(urval, rows, context.suppressionThreshold);
};
