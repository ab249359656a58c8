// The kinds of setting a Samsyn service reads from its environment, as zod schemas, and the one reading of a
// service's whole set at start: every invalid value is reported at once, each naming its variable.
import { z } from 'zod';
import { ConfigurationError } from './configurationError.js';

/** A service's settings: variable name → the schema of its value. */
export type VariableShape = Record<string, z.ZodType>;

/** The values `readConfiguration` gives for a shape. */
export type Variables<Shape extends VariableShape> = { [Name in keyof Shape]: z.output<Shape[Name]> };

/** An empty value counts as unset: `FOO= npm start` should not differ from leaving FOO out. */
function unsetWhenEmpty(value: unknown): unknown {
  return value === '' ? undefined : value;
}

function withFallback<T>(schema: z.ZodType<T, string>, fallback: T) {
  return z.preprocess(unsetWhenEmpty, schema.optional()).transform((value) => (value === undefined ? fallback : value));
}

/** A TCP port (0 asks the system for a free one). */
export function portVariable(fallback: number) {
  const message = 'must be a TCP port number (0–65535)';
  return withFallback(z.string().regex(/^\d+$/, message).transform(Number).refine((port) => port <= 65_535, message), fallback);
}

function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.string().regex(/^\d+$/, message).transform(Number).refine((value) => value >= min && value <= max, message);
}

/** A whole number from `min` to `max`, written in digits only (no sign, point or spaces). */
export function wholeNumberVariable(fallback: number, min: number, max: number) {
  return withFallback(wholeNumber(min, max), fallback);
}

/** As wholeNumberVariable, undefined when unset: for a setting that falls back on another one. */
export function optionalWholeNumberVariable(min: number, max: number) {
  return z.preprocess(unsetWhenEmpty, wholeNumber(min, max).optional());
}

export function choiceVariable<const Choice extends string>(choices: readonly Choice[], fallback: Choice) {
  const message = `must be one of ${choices.join(', ')}`;
  return withFallback(z.string().refine((value): value is Choice => (choices as readonly string[]).includes(value), message) as z.ZodType<Choice, string>, fallback);
}

/** Free text, such as a URL or a path, checked where it is used; undefined when unset. */
export function optionalTextVariable() {
  return z.preprocess(unsetWhenEmpty, z.string().optional());
}

export function textVariable(fallback: string) {
  return withFallback(z.string(), fallback);
}

/** Text that must match `pattern` (described by `rule`, e.g. "a calendar date written YYYY-MM-DD"); undefined when unset. */
export function optionalPatternVariable(pattern: RegExp, rule: string) {
  return z.preprocess(unsetWhenEmpty, z.string().regex(pattern, `must be ${rule}`).optional());
}

/** NODE_ENV: only `production` changes behaviour (no development issuer, terse errors, no query self-checks). */
export const runtimeVariables = { NODE_ENV: optionalTextVariable() };

export function isProduction(values: Variables<typeof runtimeVariables>): boolean {
  return values.NODE_ENV === 'production';
}

/** Reads every variable of `shape` from `env`; an invalid value stops the start with a message naming each. */
export function readConfiguration<Shape extends VariableShape>(shape: Shape, env: NodeJS.ProcessEnv): Variables<Shape> {
  const outcome = z.object(shape).safeParse(env);
  if (outcome.success) return outcome.data as Variables<Shape>;
  const problems = outcome.error.issues.map((issue) => {
    const variable = String(issue.path[0]);
    return { variable, text: `${variable} ${issue.message}, got "${env[variable] ?? ''}"` };
  });
  throw new ConfigurationError(problems.map((problem) => problem.text).join('; '), problems.map((problem) => problem.variable));
}
