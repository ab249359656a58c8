// The stored workflow steps of avvikelser, batched: one statement for all the
// avvikelser of a request, each avvikelse's steps oldest first (by version).
import type { Kysely } from 'kysely';
import { createGroupLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseStatus } from '../generated/resolvers.js';
import type { HuvudmanRow } from '../rows.js';

export interface AvvikelsehandelseRow {
  avvikelseId: string;
  handling: string;
  franStatus: AvvikelseStatus | null;
  tillStatus: AvvikelseStatus;
  version: number;
  tid: string;
  utfordAv: string;
  organisationHsaId: string;
  huvudman: HuvudmanRow;
  kommentar: string | null;
}

export function createAvvikelsehandelserLoader(db: Kysely<SamverkanDatabase>) {
  return createGroupLoader<string, AvvikelsehandelseRow>(
    async (avvikelseIds) => {
      const rows = await db
        .selectFrom('avvikelsehandelse')
        .select([
          'avvikelse_id as avvikelseId',
          'handling',
          'fran_status as franStatus',
          'till_status as tillStatus',
          'version',
          'tid',
          'utford_av as utfordAv',
          'organisation_hsa_id as organisationHsaId',
          'huvudman',
          'kommentar',
        ])
        .where((eb) => eb('avvikelse_id', '=', eb.fn.any(eb.val([...avvikelseIds]))))
        .orderBy('avvikelse_id')
        .orderBy('version')
        .execute();
      return rows.map(({ huvudman, ...row }) => ({ ...row, huvudman: { id: huvudman } }));
    },
    (row) => row.avvikelseId,
  );
}
