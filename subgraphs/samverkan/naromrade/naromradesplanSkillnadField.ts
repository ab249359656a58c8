// `Naromrade.naromradesplanSkillnad`: reads the two versions compared (through
// the request's loaders, so asking it beside `naromradesplaner` costs no extra
// statements for the plans) and hands their rows to the pure planSkillnad.
import type { NaromradeResolvers } from '../generated/resolvers.js';
import { comparedVersions } from './comparedVersions.js';
import { planSkillnad } from './planSkillnad.js';

export const naromradesplanSkillnadField: NonNullable<NaromradeResolvers['naromradesplanSkillnad']> = async (naromrade, { franVersion, tillVersion }, context) => {
  const { loaders } = context;
  const { fran, till } = comparedVersions(await loaders.naromradesplanerByNaromrade.load(naromrade.id), franVersion, tillVersion, context.today);
  const [franAnsvar, tillAnsvar, franAtgarder, tillAtgarder] = await Promise.all([
    loaders.boendeansvarByPlan.load(fran.id),
    loaders.boendeansvarByPlan.load(till.id),
    loaders.atgarderByPlan.load(fran.id),
    loaders.atgarderByPlan.load(till.id),
  ]);
  return { fran, till, ...planSkillnad({ boendeansvar: franAnsvar, atgarder: franAtgarder }, { boendeansvar: tillAnsvar, atgarder: tillAtgarder }) };
};
