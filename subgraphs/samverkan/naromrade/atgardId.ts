// An åtgärd open when a new plan version is adopted is carried over as a copy
// with the id `<original id>-v<version>`; the original id names the same åtgärd
// in every version, which is how two versions' åtgärder are matched.

/** The id of the åtgärd as first agreed, without any carry-over suffix. */
export function originalAtgardId(atgardId: string): string {
  return atgardId.replace(/-v\d+$/, '');
}

/** The id of an åtgärd carried over to `version`. */
export function carriedAtgardId(atgardId: string, version: number): string {
  return `${originalAtgardId(atgardId)}-v${version}`;
}
