// What a region's platform team relies on in deploy/kubernetes: every object
// valid against the Kubernetes schemas, probes on the routes the services
// answer, limits, non-root pods, selectors that select, and subgraphs that
// only the gateway can reach. No cluster is needed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readReadme, variablesDocumented, variablesMentioned } from '../support/readmeVariables.js';
import { builtEntries } from './builtEntries.js';
import { allManifests, manifestFiles, manifestsDirectory, validateManifest, type Manifest } from './kubernetesManifests.js';
import { peersAdmitted, selects, type NetworkPolicySpec } from './networkPolicyPeers.js';

const manifests = allManifests();
const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const deployments = ofKind('Deployment');
const podLabels = (deployment: Manifest): Record<string, string> => deployment.spec.template.metadata.labels;
const container = (deployment: Manifest) => deployment.spec.template.spec.containers[0];
const deploymentNamed = (name: string) => deployments.find((deployment) => deployment.metadata.name === name)!;
const selectedDeployments = (selector: { matchLabels?: Record<string, string> }) => deployments.filter((deployment) => selects(selector, podLabels(deployment)));
const services = ['gateway', 'vgr', 'kommun', 'samverkan', 'entry', 'web'];
const subgraphs = ['vgr', 'kommun', 'samverkan'];

describe('the Kubernetes manifests', () => {
  it('are all applied by the kustomization, and it names no missing file', () => {
    const kustomization = parse(readFileSync(new URL('kustomization.yaml', manifestsDirectory), 'utf8')) as { resources: string[] };
    expect([...kustomization.resources].sort()).toEqual(manifestFiles());
  });

  it('are each of a known kind and valid against its Kubernetes schema', () => {
    expect(manifests.length).toBeGreaterThan(20);
    for (const manifest of manifests) expect(() => validateManifest(manifest), `${manifest.file}: ${manifest.kind} ${manifest.metadata?.name}`).not.toThrow();
  });

  it('refuse a kind nothing validates, and an object its schema does not allow', () => {
    expect(() => validateManifest({ file: 'x.yaml', apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/not a kind/);
    const broken = structuredClone(deploymentNamed('samsyn-vgr'));
    delete broken.spec.selector;
    expect(() => validateManifest(broken)).toThrow(/selector/);
  });

  it('put everything in the samsyn namespace, which enforces the restricted Pod Security Standard', () => {
    expect(ofKind('Namespace').map((namespace) => [namespace.metadata.name, namespace.metadata.labels?.['pod-security.kubernetes.io/enforce']])).toEqual([['samsyn', 'restricted']]);
    for (const manifest of manifests.filter((m) => m.kind !== 'Namespace')) expect(manifest.metadata.namespace, manifest.metadata.name).toBe('samsyn');
  });

  it('run a Deployment per service, each with the built entry of that service', () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(services.map((name) => `samsyn-${name}`).sort());
    for (const deployment of deployments) {
      const { args, command } = container(deployment);
      // `command` would replace the image's entrypoint, tini, as PID 1.
      expect(command, deployment.metadata.name).toBeUndefined();
      expect(args[0]).toBe('node');
      expect(builtEntries().has(args[1]), `${deployment.metadata.name} runs ${args[1]}`).toBe(true);
    }
  });

  it('probe liveness on /health/live and readiness on /health/ready, on the port the service listens on', () => {
    for (const deployment of deployments) {
      const main = container(deployment);
      const http = main.ports.find((port: { name: string }) => port.name === 'http');
      const portVariable = main.env.find((entry: { name: string }) => /^[A-Z]+_PORT$/.test(entry.name));
      expect(Number(portVariable.value), deployment.metadata.name).toBe(http.containerPort);
      expect(main.livenessProbe.httpGet, deployment.metadata.name).toEqual({ path: '/health/live', port: 'http' });
      expect(main.readinessProbe.httpGet, deployment.metadata.name).toEqual({ path: '/health/ready', port: 'http' });
      // Readiness must be able to fail before liveness does: a database outage removes the pod, it does not restart it.
      expect(main.livenessProbe.httpGet.path).not.toBe(main.readinessProbe.httpGet.path);
    }
  });

  it('give every container requests and limits of CPU and memory, limits not below requests', () => {
    const mebibytes = (value: string) => Number(value.replace(/Mi$/, '')) * (value.endsWith('Gi') ? 1024 : 1);
    for (const deployment of deployments) {
      const { requests, limits } = container(deployment).resources;
      expect(Object.keys(requests).sort(), deployment.metadata.name).toEqual(['cpu', 'memory']);
      expect(Object.keys(limits).sort(), deployment.metadata.name).toEqual(['cpu', 'memory']);
      expect(mebibytes(limits.memory)).toBeGreaterThanOrEqual(mebibytes(requests.memory));
    }
  });

  it('run as a non-root user, without privilege escalation or capabilities, on a read-only root with /tmp in memory', () => {
    for (const deployment of deployments) {
      const pod = deployment.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot, deployment.metadata.name).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      // The namespace enforces the "restricted" Pod Security Standard, which refuses a pod without this.
      expect(pod.securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
      expect(container(deployment).securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      const tmp = container(deployment).volumeMounts.find((mount: { mountPath: string }) => mount.mountPath === '/tmp');
      expect(pod.volumes.find((volume: { name: string }) => volume.name === tmp.name).emptyDir).toBeDefined();
      // The service drains for SAMSYN_SHUTDOWN_GRACE_MS (10 s) before Kubernetes may kill it.
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(10);
    }
  });

  it('run the subgraphs on PostgreSQL from a Secret, never on PGlite (replicas cannot share a data directory)', () => {
    for (const name of subgraphs) {
      const deployment = deploymentNamed(`samsyn-${name}`);
      const env = container(deployment).env as { name: string; value?: string }[];
      const urlFile = env.find((entry) => entry.name === 'DATABASE_URL_FILE')!.value!;
      const mount = container(deployment).volumeMounts.find((m: { mountPath: string }) => urlFile.startsWith(`${m.mountPath}/`));
      expect(deployment.spec.template.spec.volumes.find((volume: { name: string }) => volume.name === mount.name).secret.secretName).toBe(`samsyn-${name}-database`);
      expect(env.map((entry) => entry.name)).not.toContain('SAMSYN_DATA_DIR');
    }
  });

  it('take secrets from Secrets mounted as files, with no secret value in a manifest', () => {
    expect(ofKind('Secret')).toEqual([]);
    for (const deployment of deployments) {
      for (const entry of container(deployment).env as { name: string; value?: string }[]) {
        expect(entry.name, deployment.metadata.name).not.toMatch(/(KEY|PASSWORD|SECRET|TOKEN|DATABASE_URL)$/);
        expect(entry.value ?? '').not.toMatch(/:\/\/[^/@]*:[^/@]*@/);
      }
    }
  });

  it('set only variables the README documents', () => {
    const readme = readReadme();
    const known = new Set([...variablesDocumented(readme), ...variablesMentioned(readme)]);
    const configMapKeys = ofKind('ConfigMap').flatMap((configMap) => Object.keys(configMap.data));
    const envNames = deployments.flatMap((deployment) => container(deployment).env.map((entry: { name: string }) => entry.name));
    expect([...configMapKeys, ...envNames].filter((name) => !known.has(name))).toEqual([]);
  });

  it('have a Service per Deployment that selects its pods and targets its ports', () => {
    for (const service of ofKind('Service')) {
      const [selected, ...others] = selectedDeployments({ matchLabels: service.spec.selector });
      expect(others, service.metadata.name).toEqual([]);
      const names = container(selected!).ports.map((port: { name: string }) => port.name);
      for (const port of service.spec.ports) expect(names, service.metadata.name).toContain(port.targetPort);
    }
    expect(ofKind('Service').length).toBe(deployments.length);
  });

  it('keep at least one pod of each service through a node drain', () => {
    for (const deployment of deployments) {
      const budgets = ofKind('PodDisruptionBudget').filter((budget) => selects(budget.spec.selector, podLabels(deployment)));
      expect(budgets.length, deployment.metadata.name).toBe(1);
      const replicas = deployment.spec.replicas ?? ofKind('HorizontalPodAutoscaler').find((hpa) => hpa.spec.scaleTargetRef.name === deployment.metadata.name)?.spec.minReplicas;
      expect(replicas, deployment.metadata.name).toBeGreaterThanOrEqual(2);
      expect(budgets[0]!.spec.maxUnavailable ?? replicas - budgets[0]!.spec.minAvailable).toBeLessThan(replicas);
    }
  });

  it('autoscale the gateway (autoscaling/v2), which leaves its replica count to the autoscaler', () => {
    const [autoscaler, ...others] = ofKind('HorizontalPodAutoscaler');
    expect(others).toEqual([]);
    expect(autoscaler!.apiVersion).toBe('autoscaling/v2');
    expect(autoscaler!.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'samsyn-gateway' });
    expect(autoscaler!.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(autoscaler!.spec.maxReplicas).toBeGreaterThan(autoscaler!.spec.minReplicas);
    expect(deploymentNamed('samsyn-gateway').spec.replicas).toBeUndefined();
  });

  describe('network policies', () => {
    const policies = ofKind('NetworkPolicy').map((policy) => policy.spec as NetworkPolicySpec);
    const gatewayPeer = (peer: { podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown; ipBlock?: unknown }) =>
      peer.namespaceSelector === undefined &&
      peer.ipBlock === undefined &&
      peer.podSelector !== undefined &&
      selectedDeployments(peer.podSelector).map((deployment) => deployment.metadata.name).join() === 'samsyn-gateway';

    it('deny ingress to every pod unless a policy admits it', () => {
      expect(policies.some((policy) => Object.keys(policy.podSelector).length === 0 && policy.policyTypes?.includes('Ingress') && !policy.ingress)).toBe(true);
    });

    it("admit the subgraphs' GraphQL port from the gateway's pods only", () => {
      for (const name of subgraphs) {
        const deployment = deploymentNamed(`samsyn-${name}`);
        const http = container(deployment).ports.find((port: { name: string }) => port.name === 'http');
        const peers = peersAdmitted(policies, podLabels(deployment), { name: 'http', number: http.containerPort });
        expect(peers.length, name).toBeGreaterThan(0);
        for (const peer of peers) expect(gatewayPeer(peer), `${name}: ${JSON.stringify(peer)}`).toBe(true);
      }
    });

    it('admit metrics (the admin port) from the monitoring namespace only', () => {
      for (const deployment of deployments.filter((d) => container(d).ports.some((port: { name: string }) => port.name === 'admin'))) {
        const admin = container(deployment).ports.find((port: { name: string }) => port.name === 'admin');
        const peers = peersAdmitted(policies, podLabels(deployment), { name: 'admin', number: admin.containerPort });
        expect(peers, deployment.metadata.name).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }]);
        expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe(String(admin.containerPort));
      }
    });

    it('let the web server reach the gateway', () => {
      const gateway = deploymentNamed('samsyn-gateway');
      const peers = peersAdmitted(policies, podLabels(gateway), { name: 'http', number: 4000 });
      expect(peers.some((peer) => peer.podSelector && selects(peer.podSelector, podLabels(deploymentNamed('samsyn-web'))))).toBe(true);
    });
  });
});
