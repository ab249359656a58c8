// The aggregated rows of recent analyses, shared by every analyst for 30 s: a county-wide year is the same
// statement whoever asks (only who may ask is checked per request), and twenty analysts opening the view would
// otherwise run it twenty times. Forgotten whenever this subgraph writes (forgetRecentAnalyses), so an
// avvikelse reported or moved here is counted in the next analysis at once.
import type { Kysely } from 'kysely';
import { sharedRecentResults, type RecentResults } from '../../../common/database/recentResults.js';
import type { AnalysisRow } from './buildAnalysisQuery.js';

export function recentAnalysisRows(db: Kysely<any>): RecentResults<AnalysisRow[]> {
  return sharedRecentResults<AnalysisRow[]>(db, 'avvikelseanalys');
}

export function forgetRecentAnalyses(db: Kysely<any>): void {
  recentAnalysisRows(db).clear();
}
