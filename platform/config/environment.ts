// Reading one setting from the environment, for scripts and tests that need just that one; a service reads its whole
// set at once with `readConfiguration` (variables.ts).
import { readFileSync } from 'node:fs';
import { ConfigurationError } from './configurationError.js';
import { choiceVariable, portVariable, readConfiguration, wholeNumberVariable } from './variables.js';

export { ConfigurationError } from './configurationError.js';

export function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return readConfiguration({ [name]: portVariable(fallback) }, env)[name]!;
}

/** A whole number from `min` to `max` (digits only: no sign, point or spaces), or `fallback` when unset or empty. */
export function readWholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  return readConfiguration({ [name]: wholeNumberVariable(fallback, min, max) }, env)[name]!;
}

export function readChoice<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T): T {
  return readConfiguration({ [name]: choiceVariable(choices, fallback) }, env)[name]!;
}

/** The text of the file a setting names (a key, a certificate); one that cannot be read stops the start, naming both. */
export function readNamedFile(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigurationError(`${variable} names "${path}", which cannot be read`, [variable]);
  }
}
