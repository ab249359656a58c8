import { describe, expect, it } from 'vitest';
import { peersAdmitted, selects, type NetworkPolicySpec } from './networkPolicyPeers.js';

const gateway = { podSelector: { matchLabels: { app: 'gateway' } } };
const monitoring = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } };
const policies: NetworkPolicySpec[] = [
  { podSelector: {}, policyTypes: ['Ingress'] },
  {
    podSelector: { matchLabels: { tier: 'subgraph' } },
    ingress: [
      { from: [gateway], ports: [{ port: 'http' }] },
      { from: [monitoring], ports: [{ port: 9401 }] },
    ],
  },
];

describe('peersAdmitted', () => {
  it('gives the peers of the rules that name the port, by name or number', () => {
    expect(peersAdmitted(policies, { tier: 'subgraph', app: 'vgr' }, { name: 'http', number: 4001 })).toEqual([gateway]);
    expect(peersAdmitted(policies, { tier: 'subgraph', app: 'vgr' }, { name: 'admin', number: 9401 })).toEqual([monitoring]);
  });

  it('admits nobody to a pod only the default deny selects', () => {
    expect(peersAdmitted(policies, { app: 'web' }, { name: 'http', number: 4080 })).toEqual([]);
  });

  it('reports a rule without from or ports as admitting everyone on every port', () => {
    const open: NetworkPolicySpec[] = [{ podSelector: {}, ingress: [{}] }];
    expect(peersAdmitted(open, { app: 'vgr' }, { name: 'http', number: 4001 })).toEqual([{}]);
  });
});

describe('selects', () => {
  it('needs every label of matchLabels, and an empty selector selects every pod', () => {
    expect(selects({ matchLabels: { a: '1', b: '2' } }, { a: '1' })).toBe(false);
    expect(selects({ matchLabels: { a: '1' } }, { a: '1', b: '2' })).toBe(true);
    expect(selects({}, { a: '1' })).toBe(true);
  });
});
