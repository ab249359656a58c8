// The access ground in words, as the pages show what their data was fetched with.
import type { Atkomstgrund } from '../graphql/executeOperation.js';

export function describeAtkomstgrund(grund: Atkomstgrund | null): string {
  if (!grund) return 'ingen åtkomstgrund (endast egen huvudmans uppgifter)';
  return grund.typ === 'SAMTYCKE' ? 'samtycke' : `nödåtkomst: ”${grund.anledning}”`;
}

/** The line under a fetched list: "Hämtat utan åtkomstgrund …", never "Hämtat med ingen …". */
export function hamtatMed(grund: Atkomstgrund | null): string {
  if (!grund) return 'Hämtat utan åtkomstgrund (endast egen huvudmans uppgifter).';
  return `Hämtat med ${describeAtkomstgrund(grund)}.`;
}
