// Batched reads of närsjukvårdsteam: by id, the teams serving each kommun
// (sorted by name), and the kommuner each team serves (by kommunkod).
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import type { VgrDatabase } from '../database.js';
import type { NarsjukvardsteamRow } from '../rows.js';
import { anyOf } from './anyOf.js';
import { bySwedishName } from '../../../platform/sorting/swedishOrder.js';

interface TeamInKommun extends NarsjukvardsteamRow {
  kommunkod: string;
}

interface KommunOfTeam {
  teamId: string;
  kod: string;
}

export function createNarsjukvardsteamLoaders(db: Kysely<VgrDatabase>) {
  return {
    narsjukvardsteamById: createRowLoader<string, NarsjukvardsteamRow>(
      (ids) =>
        db
          .selectFrom('narsjukvardsteam')
          .select(['id', 'namn', 'sjukhus', 'typ'])
          .where('id', '=', anyOf(ids))
          .execute(),
      (row) => row.id,
    ),
    narsjukvardsteamByKommunkod: createGroupLoader<string, TeamInKommun>(
      async (kommunkoder) =>
        (
          await db
            .selectFrom('narsjukvardsteam_kommun')
            .innerJoin('narsjukvardsteam', 'narsjukvardsteam.id', 'narsjukvardsteam_kommun.team_id')
            .select([
              'narsjukvardsteam.id',
              'narsjukvardsteam.namn',
              'narsjukvardsteam.sjukhus',
              'narsjukvardsteam.typ',
              'narsjukvardsteam_kommun.kommunkod',
            ])
            .where('narsjukvardsteam_kommun.kommunkod', '=', anyOf(kommunkoder))
            .execute()
        ).sort(bySwedishName),
      (row) => row.kommunkod,
    ),
    kommunerByNarsjukvardsteamId: createGroupLoader<string, KommunOfTeam>(
      (teamIds) =>
        db
          .selectFrom('narsjukvardsteam_kommun')
          .select(['team_id as teamId', 'kommunkod as kod'])
          .where('team_id', '=', anyOf(teamIds))
          .orderBy('kommunkod')
          .execute(),
      (row) => row.teamId,
    ),
  };
}
