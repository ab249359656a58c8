// A huvudman id (`VGR` or a kommunkod) as the API shows it: its type and its
// name, the kommun's from the reference file data/kommuner.csv.
import { regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import { loadKommuner } from '../../../platform/reference/kommuner.js';
import type { HuvudmanTyp } from '../generated/resolvers.js';

export const regionNamn = 'Västra Götalandsregionen';

let kommunNamnByKod: Map<string, string> | undefined;

export function huvudmanTyp(huvudmanId: string): HuvudmanTyp {
  return huvudmanId === regionHuvudman ? 'REGION' : 'KOMMUN';
}

export function huvudmanNamn(huvudmanId: string): string {
  if (huvudmanId === regionHuvudman) return regionNamn;
  kommunNamnByKod ??= new Map(loadKommuner().map((kommun) => [kommun.kommunkod, kommun.namn]));
  // Stored huvudman ids are checked against the pattern, not the list; fall back to the code itself.
  return kommunNamnByKod.get(huvudmanId) ?? huvudmanId;
}
