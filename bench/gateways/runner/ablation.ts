// The ablation of `npm run bench -- --ablation`: gateway A with one speed-up turned off, for each speed-up, measured
// in the same rounds as A and B, so that each one's gain is a ratio within the round.
import { optimisationNames, optimisations, type OptimisationName } from '../../../subgraphs/common/optimisations/optimisations.js';
import type { GatewayId } from '../types.js';

/** The switches of SAMSYN_OPTIMISATIONS_OFF, and the two the gateway has its own variables for. */
export type AblationName = OptimisationName | 'coalesced-fetches' | 'heap-growth';

export const ablationNames: AblationName[] = [...optimisationNames, 'coalesced-fetches', 'heap-growth'];

export interface AblationVariant {
  name: AblationName;
  /** The variant's gateway id in the report: `A-<name>`. */
  id: GatewayId;
  /** Added to gateway A's environment. */
  gatewayEnv: Record<string, string>;
  /** Added to the subgraphs' environment: the variant then runs against subgraphs of its own (empty: A's). */
  subgraphEnv: Record<string, string>;
}

export function ablationVariant(name: AblationName): AblationVariant {
  const id = `A-${name}` as const;
  if (name === 'coalesced-fetches') return { name, id, gatewayEnv: { GATEWAY_COALESCE_FETCHES: 'off' }, subgraphEnv: {} };
  if (name === 'heap-growth') return { name, id, gatewayEnv: { GATEWAY_HEAP_GROWING_PERCENT: '0' }, subgraphEnv: {} };
  const off = { SAMSYN_OPTIMISATIONS_OFF: name };
  const where = optimisations[name];
  return {
    name,
    id,
    gatewayEnv: where === 'subgraphs' ? {} : off,
    subgraphEnv: where === 'gateway' ? {} : off,
  };
}

/** `--ablation` without a list: every one; with one, those named (an unknown name is an error that lists them). */
export function parseAblationList(text: string | undefined): AblationName[] {
  if (text === undefined || text === 'all') return [...ablationNames];
  const names = [...new Set(text.split(',').map((name) => name.trim()).filter(Boolean))];
  const unknown = names.filter((name) => !(ablationNames as string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown optimisation ${unknown.join(', ')}; known: ${ablationNames.join(', ')}`);
  if (names.length === 0) throw new Error('--ablation needs at least one name, or none for all');
  return names as AblationName[];
}
