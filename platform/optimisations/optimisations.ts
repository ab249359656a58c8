// Samsyn's speed-ups by name, each of which can be turned off alone (SAMSYN_OPTIMISATIONS_OFF): to measure what it
// pays (`npm run bench -- --ablation`), and to rule it out when an answer looks wrong.
import { z } from 'zod';

/** Where each one acts; the names are the switch's values and the benchmark's variant names. */
export const optimisations = {
  'undici-pool': 'gateway',
  'fetch-batching': 'gateway',
  'compiled-response-shaper': 'gateway',
  'single-fetch-pass-through': 'gateway',
  'one-byte-names': 'gateway and subgraphs',
  'compiled-queries': 'subgraphs',
  'reusable-queries': 'subgraphs',
  'read-combiner': 'subgraphs',
  'remembered-results': 'subgraphs',
} as const;

export type OptimisationName = keyof typeof optimisations;

export const optimisationNames = Object.keys(optimisations) as OptimisationName[];

/** SAMSYN_OPTIMISATIONS_OFF: names separated by commas; empty or unset leaves every one on. */
export const optimisationVariables = {
  SAMSYN_OPTIMISATIONS_OFF: z
    .string()
    .optional()
    .transform((text, context) => {
      const names = (text ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.filter((name) => !(name in optimisations));
      if (unknown.length > 0) {
        context.addIssue({ code: 'custom', message: `names no optimisation: ${unknown.join(', ')}; known: ${optimisationNames.join(', ')}` });
        return z.NEVER;
      }
      return names as OptimisationName[];
    }),
};

// Process-wide, like the patched functions some of them install: set once at start, before anything is built.
let turnedOff: ReadonlySet<OptimisationName> = new Set();

export function turnOffOptimisations(names: readonly OptimisationName[]): void {
  turnedOff = new Set(names);
}

export function optimisationOn(name: OptimisationName): boolean {
  return !turnedOff.has(name);
}
