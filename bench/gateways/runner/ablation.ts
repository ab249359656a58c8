// The ablation of `npm run bench -- --ablation`: gateway A with one speed-up turned off, for each speed-up, measured
// in the same rounds as A and B, so that each one's gain is a ratio within the round.
import { optimisationNames, optimisations, type OptimisationName } from '../../../platform/optimisations/optimisations.js';
import type { GatewayId } from '../types.js';

/**
 * The switches of SAMSYN_OPTIMISATIONS_OFF, the two the gateway has its own variables for, and a control:
 * `own-subgraphs` turns nothing off but runs on subgraphs of its own, as the subgraphs' variants do, so that what
 * their separate processes cost (idle connections closed between runs) is seen apart from what a switch costs.
 */
export type AblationName = OptimisationName | 'coalesced-fetches' | 'heap-growth' | 'own-subgraphs';

export const ablationNames: AblationName[] = [...optimisationNames, 'coalesced-fetches', 'heap-growth', 'own-subgraphs'];

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
  if (name === 'own-subgraphs') return { name, id, gatewayEnv: {}, subgraphEnv: { SAMSYN_OPTIMISATIONS_OFF: '' } };
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
