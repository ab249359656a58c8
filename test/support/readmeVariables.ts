// The README's table of environment variables, as operators read it: the
// names it documents, for the tests that hold code and deployment files to it.
import { readFileSync } from 'node:fs';

export const readmePath = new URL('../../README.md', import.meta.url);

/** The rows of the table that follows "Environment variables:". */
export function configurationRows(readme: string): string[] {
  const after = readme.slice(readme.indexOf('Environment variables:')).split('\n').slice(1);
  // The table runs from its header to the first line that is not a row.
  const start = after.findIndex((line) => line.startsWith('|'));
  const end = after.findIndex((line, index) => index > start && !line.startsWith('|'));
  return after.slice(start, end).filter((line) => line.startsWith('| `'));
}

/** The names in the table's first column. */
export function variablesDocumented(readme: string): Set<string> {
  return new Set(configurationRows(readme).flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!)));
}

/** Every name the table mentions anywhere, e.g. `SAMSYN_PSEUDONYM_KEY_FILE` in the meaning of `SAMSYN_PSEUDONYM_KEY`. */
export function variablesMentioned(readme: string): Set<string> {
  return new Set(configurationRows(readme).flatMap((row) => [...row.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!)));
}

export function readReadme(): string {
  return readFileSync(readmePath, 'utf8');
}
