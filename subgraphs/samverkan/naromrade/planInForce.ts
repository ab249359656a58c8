// Which närområdesplan version is in force on a given day: in force from
// `giltigFran`, through `giltigTill` inclusive (open-ended when null).
import type { NaromradesplanRow } from '../rows.js';

type Giltighet = Pick<NaromradesplanRow, 'giltigFran' | 'giltigTill' | 'version'>;

export function isInForce(plan: Giltighet, today: string): boolean {
  // ISO dates compare correctly as strings.
  return plan.giltigFran <= today && (plan.giltigTill === null || plan.giltigTill >= today);
}

/** The plan in force today; if versions overlap (a data error) the highest version wins. */
export function planInForce<Plan extends Giltighet>(planer: readonly Plan[], today: string): Plan | null {
  let chosen: Plan | null = null;
  for (const plan of planer) {
    if (isInForce(plan, today) && (chosen === null || plan.version > chosen.version)) chosen = plan;
  }
  return chosen;
}
