// What a set of NetworkPolicies admits to a pod: the peers (pods, namespaces,
// address blocks) its rules let reach a given container port.
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: unknown[];
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: unknown;
}

export interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: string[];
  ingress?: { from?: NetworkPolicyPeer[]; ports?: { port?: number | string; protocol?: string }[] }[];
}

/** Whether `selector` selects pods labelled `labels` (matchLabels only; expressions are refused, not guessed). */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (selector.matchExpressions?.length) throw new Error('matchExpressions are not evaluated here');
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

/**
 * The peers admitted to pods labelled `labels` on `port` (its name or number): every `from` of every ingress
 * rule, of every policy selecting the pod, whose ports include it. A rule without `from` admits everyone and
 * is returned as the peer `{}`; a rule without ports admits every port.
 */
export function peersAdmitted(policies: readonly NetworkPolicySpec[], labels: Record<string, string>, port: { name: string; number: number }): NetworkPolicyPeer[] {
  return policies
    .filter((policy) => selects(policy.podSelector, labels))
    .flatMap((policy) => policy.ingress ?? [])
    .filter((rule) => !rule.ports || rule.ports.some((entry) => entry.port === undefined || entry.port === port.name || entry.port === port.number))
    .flatMap((rule) => rule.from ?? [{}]);
}
