// What an operator relies on in docker-compose.yml (no engine needed): every
// service health-checked and started only once what it calls is healthy,
// secrets as files only, the built entries, a router's way to the entry subgraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readReadme, variablesDocumented, variablesMentioned } from '../support/readmeVariables.js';
import { builtEntries } from './builtEntries.js';

interface ComposeService {
  image?: string;
  command?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }> | string[];
  environment?: Record<string, string>;
  secrets?: (string | { source: string; target?: string })[];
  ports?: string[];
  volumes?: string[];
}

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file?: string }>;
};
const samsynServices = ['vgr', 'kommun', 'samverkan', 'entry', 'gateway', 'web'];
const mountedSecrets = (service: ComposeService) =>
  (service.secrets ?? []).map((secret) => (typeof secret === 'string' ? secret : (secret.target ?? secret.source)));

describe('docker-compose.yml', () => {
  it('runs PostgreSQL and every Samsyn service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', ...samsynServices].sort());
  });

  it('health-checks every service', () => {
    for (const [name, service] of Object.entries(compose.services)) expect(service.healthcheck?.test.length, name).toBeGreaterThan(1);
  });

  it('starts a service only once what it depends on is healthy', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect(Array.isArray(service.depends_on), `${name}: depends_on as a list waits for nothing`).toBe(false);
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
        expect(compose.services[dependency]?.healthcheck, dependency).toBeDefined();
      }
    }
    for (const subgraph of ['vgr', 'kommun', 'samverkan']) {
      expect(Object.keys(compose.services[subgraph]!.depends_on!)).toEqual(['postgres']);
      expect(Object.keys(compose.services['gateway']!.depends_on!)).toContain(subgraph);
    }
    expect(Object.keys(compose.services['web']!.depends_on!)).toEqual(['gateway']);
  });

  it('runs each Samsyn service from the image with its built entry, health-checked by the compiled check', () => {
    for (const name of samsynServices) {
      const service = compose.services[name]!;
      expect(service.command?.[0], name).toBe('node');
      expect(builtEntries().has(service.command![1]!), `${name} runs ${service.command?.[1]}`).toBe(true);
      expect(service.healthcheck!.test).toEqual(['CMD', 'node', 'dist/scripts/healthcheck.js']);
      // The check finds the port from the one *_PORT variable the service is given.
      expect(Object.keys(service.environment ?? {}).filter((variable) => /^[A-Z]+_PORT$/.test(variable)), name).toHaveLength(1);
    }
  });

  it('gives no secret as a value: secrets are files under /run/secrets that the service mounts', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        expect(variable, name).not.toMatch(/(KEY|PASSWORD|SECRET|TOKEN|DATABASE_URL)$/);
        expect(value, `${name}.${variable}`).not.toMatch(/:\/\/[^/@]*:[^/@]*@/);
        if (variable.endsWith('_FILE')) {
          expect(value, `${name}.${variable}`).toMatch(/^\/run\/secrets\//);
          expect(mountedSecrets(service), `${name}.${variable}`).toContain(value.slice('/run/secrets/'.length).split('/')[0]);
        }
      }
    }
    for (const [name, secret] of Object.entries(compose.secrets)) expect(secret.file, name).toBeDefined();
  });

  it('gives each subgraph its own database secret and the gateway alone its private key', () => {
    for (const subgraph of ['vgr', 'kommun', 'samverkan']) {
      expect(compose.services[subgraph]!.secrets).toContainEqual({ source: `${subgraph}-database-url`, target: 'database-url' });
    }
    const holders = Object.entries(compose.services).filter(([, service]) => mountedSecrets(service).includes('gateway-key'));
    expect(holders.map(([name]) => name)).toEqual(['gateway']);
  });

  it('creates the subgraph roles from deploy/postgres-init.sql with the URLs the subgraphs connect with', () => {
    const postgres = compose.services['postgres']!;
    expect(postgres.volumes).toContain('./deploy/postgres-init.sql:/docker-entrypoint-initdb.d/samsyn.sql:ro');
    expect(postgres.volumes!.some((volume) => volume.startsWith('./deploy/postgres-subgraph-role.psql:/docker-entrypoint-initdb.d/'))).toBe(true);
    expect(mountedSecrets(postgres)).toEqual(expect.arrayContaining(['vgr-database-url', 'kommun-database-url', 'samverkan-database-url']));
  });

  it('publishes the entry subgraph on 4004 for a router, beside the gateway and the web server', () => {
    expect(compose.services['entry']!.ports).toEqual(['4004:4004']);
    expect(compose.services['gateway']!.ports).toEqual(['4000:4000']);
    expect(compose.services['web']!.ports).toEqual(['4080:4080']);
  });

  it("sets only variables the README documents (PostgreSQL's image's own excepted)", () => {
    const readme = readReadme();
    const known = new Set([...variablesDocumented(readme), ...variablesMentioned(readme)]);
    const used = samsynServices.flatMap((name) => Object.keys(compose.services[name]!.environment ?? {}));
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });
});
