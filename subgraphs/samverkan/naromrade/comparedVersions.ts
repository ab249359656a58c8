// Which two versions of a närområde's plan `Naromrade.naromradesplanSkillnad`
// compares: the ones asked for, the second defaulting to the version in force
// (the latest when none is, e.g. before the first takes effect). A version the
// närområde lacks is an input error naming the argument, not a null answer, so
// that an integration asking "since version N" learns that N is wrong.
import { badUserInput } from '../../../platform/errors/samsynError.js';
import type { NaromradesplanRow } from '../rows.js';
import { planInForce } from './planInForce.js';

export function comparedVersions(
  planer: readonly NaromradesplanRow[],
  franVersion: number,
  tillVersion: number | null | undefined,
  today: string,
): { fran: NaromradesplanRow; till: NaromradesplanRow } {
  const fran = version(planer, franVersion, 'franVersion');
  const till =
    tillVersion == null
      ? (planInForce(planer, today) ?? planer.reduce((latest, plan) => (plan.version > latest.version ? plan : latest), fran))
      : version(planer, tillVersion, 'tillVersion');
  return { fran, till };
}

function version(planer: readonly NaromradesplanRow[], wanted: number, field: string): NaromradesplanRow {
  const plan = planer.find((candidate) => candidate.version === wanted);
  if (!plan) {
    const known = planer.map((candidate) => candidate.version).sort((a, b) => a - b);
    throw badUserInput(
      'PLAN_VERSION_UNKNOWN',
      field,
      known.length === 0 ? `"${field}": the närområde has no närområdesplan.` : `"${field}": the närområdesplan has no version ${wanted} (it has ${known.join(', ')}).`,
    );
  }
  return plan;
}
