// A NOSAM meeting: its decisions in order and the avvikelser lifted at it, batched per meeting.
import { requireRow } from '../../../platform/errors/requireRow.js';
import type { NosamMoteResolvers } from '../generated/resolvers.js';
import { nosamMoteRow } from '../naromrade/nosam/nosamMoteParent.js';

export const NosamMote: NosamMoteResolvers = {
  datum: (mote) => nosamMoteRow(mote).datum,
  starttid: (mote) => nosamMoteRow(mote).starttid,
  plats: (mote) => nosamMoteRow(mote).plats,
  deltagare: (mote) => nosamMoteRow(mote).deltagare,
  medverkande: (mote, _arguments, context) => context.loaders.medverkandeByMote.load(nosamMoteRow(mote).id),
  beslut: (mote, _arguments, context) => context.loaders.beslutByMote.load(nosamMoteRow(mote).id),
  systemfel: async (mote, _arguments, context) => {
    const links = await context.loaders.systemfelIdsByMote.load(nosamMoteRow(mote).id);
    const rows = await context.loaders.avvikelseById.loadMany(links.map((link) => link.avvikelseId));
    return rows.map((row, index) => {
      if (row instanceof Error) throw row;
      return requireRow(row, 'avvikelse', links[index]!.avvikelseId);
    });
  },
};
