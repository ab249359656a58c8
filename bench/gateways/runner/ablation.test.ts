import { describe, expect, it } from 'vitest';
import { ablationVariant, parseAblationList } from './ablation.js';

describe('ablation variants', () => {
  it('turns a switch off where it acts: the gateway, the subgraphs (on subgraphs of their own) or both', () => {
    expect(ablationVariant('fetch-batching')).toEqual({ name: 'fetch-batching', id: 'A-fetch-batching', gatewayEnv: { SAMSYN_OPTIMISATIONS_OFF: 'fetch-batching' }, subgraphEnv: {} });
    expect(ablationVariant('read-combiner')).toMatchObject({ gatewayEnv: {}, subgraphEnv: { SAMSYN_OPTIMISATIONS_OFF: 'read-combiner' } });
    expect(ablationVariant('one-byte-names')).toMatchObject({ gatewayEnv: { SAMSYN_OPTIMISATIONS_OFF: 'one-byte-names' }, subgraphEnv: { SAMSYN_OPTIMISATIONS_OFF: 'one-byte-names' } });
    expect(ablationVariant('coalesced-fetches').gatewayEnv).toEqual({ GATEWAY_COALESCE_FETCHES: 'off' });
  });

  it('has a control that turns nothing off on subgraphs of its own', () => {
    expect(ablationVariant('own-subgraphs')).toMatchObject({ gatewayEnv: {}, subgraphEnv: { SAMSYN_OPTIMISATIONS_OFF: '' } });
  });

  it('reads all, or a list of known names', () => {
    expect(parseAblationList(undefined)).toContain('own-subgraphs');
    expect(parseAblationList('read-combiner,own-subgraphs')).toEqual(['read-combiner', 'own-subgraphs']);
    expect(() => parseAblationList('read-combiner,turbo')).toThrow(/Unknown optimisation turbo/);
  });
});
