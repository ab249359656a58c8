// NarsjukvardsteamEpisod: one period of care by a närsjukvårdsteam or palliativt team.
import type { NarsjukvardsteamEpisodResolvers } from '../generated/resolvers.js';
import { requireRow } from '../../../platform/errors/requireRow.js';

export const NarsjukvardsteamEpisod: NarsjukvardsteamEpisodResolvers = {
  team: async ({ teamId }, _args, { loaders }) =>
    requireRow(await loaders.narsjukvardsteamById.load(teamId), 'narsjukvardsteam', teamId),
  pagaende: ({ slutdatum }) => slutdatum === null,
};
