// A hemtjänst beslut: its utförare from the row's columns.
import type { HemtjanstBeslutResolvers } from '../generated/resolvers.js';

export const HemtjanstBeslut: HemtjanstBeslutResolvers = {
  utforare: (beslut) => ({ namn: beslut.utforareNamn, regi: beslut.utforareRegi }),
};
