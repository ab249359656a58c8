// The Kubernetes manifests in deploy/kubernetes, read as the API server would
// receive them and checked against the Kubernetes schemas (kubernetes-models).
import { readdirSync, readFileSync } from 'node:fs';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';

export const manifestsDirectory = new URL('../../deploy/kubernetes/', import.meta.url);

export interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // The rest as parsed; the tests look into it by kind.
  [field: string]: any;
}

/** The kinds Samsyn's manifests may hold, each with its schema; any other kind is an error, not a pass. */
const models: Record<string, new (data: any) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

/** Throws unless the manifest is of a known kind and valid against that kind's schema. */
export function validateManifest(manifest: Manifest): void {
  const model = models[`${manifest.apiVersion}/${manifest.kind}`];
  if (!model) throw new Error(`${manifest.file}: ${manifest.apiVersion} ${manifest.kind} is not a kind Samsyn deploys`);
  new model(manifest).validate();
}

/** The files kustomize applies (every YAML file but kustomization.yaml). */
export function manifestFiles(): string[] {
  return readdirSync(manifestsDirectory)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .sort();
}

/** Parses a file's YAML documents; a syntax error or warning fails, as kubectl would refuse it. */
export function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(new URL(file, manifestsDirectory), 'utf8')).map((document) => {
    if (document.errors.length > 0 || document.warnings.length > 0) throw new Error(`${file}: ${[...document.errors, ...document.warnings].join('; ')}`);
    return { ...(document.toJS() as Omit<Manifest, 'file'>), file } as Manifest;
  });
}

export function allManifests(): Manifest[] {
  return manifestFiles().flatMap(readManifests);
}
