// The whole of Samsyn started as real processes for end-to-end tests, on
// PGlite or on the real PostgreSQL server, with helpers to query the gateway
// over HTTP and to stop and restart one subgraph.
import {
  startGatewayService,
  startWebService,
  startSubgraphService,
  subgraphEnvironment,
  subgraphServiceNames,
  type SamsynOptions,
  type SamsynPorts,
  type SubgraphServiceName,
} from '../../scripts/samsynServices.js';
import { projectRoot, spawnService, startService, type ServiceProcess } from '../../scripts/serviceProcess.js';
import type { BenchServices } from '../../bench/gateways/types.js';
import { rewriteSupergraphUrls } from '../../bench/gateways/runner/supergraphUrls.js';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstallationSecrets } from '../../scripts/installationSecrets.js';
import { ensureDevelopmentIssuer, signDevelopmentToken, type TokenRequest } from '../../platform/auth/developmentIssuer.js';
import { databaseLocation, type DatabaseLocation } from '../../subgraphs/common/database/openDatabase.js';
import { readPrivateJwk } from '../../platform/auth/keyPairFiles.js';
import {
  assertedHeaders,
  createGatewayAssertionSigner,
  gatewayAssertionHeader,
  type AssertedHeaders,
  type GatewayAssertionSigner,
} from '../../platform/gatewayTrust/gatewayAssertion.js';
import { seedDateVariable, seedReferenceDate } from '../../subgraphs/common/seed/referenceDate.js';
import { freePort } from './freePort.js';
import { createTestDatabases, type DatabaseKind, type TestDatabases } from './testDatabases.js';

export interface GraphqlResponse<Data = Record<string, any>> {
  status: number;
  /** The `x-request-id` the answer carried: the id of the access-log rows the request wrote. */
  requestId?: string;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Paths of the PEM files for subgraphs served over mutual TLS (test/support/testCertificates.ts makes them). */
export interface MutualTlsFiles {
  caCert: string;
  serverCert: string;
  serverKey: string;
  gatewayCert: string;
  gatewayKey: string;
}

export class SamsynUnderTest {
  readonly output: string[] = [];
  private readonly services = new Map<string, ServiceProcess>();
  private signer: Promise<GatewayAssertionSigner> | undefined;

  private constructor(
    readonly kind: DatabaseKind,
    readonly ports: SamsynPorts,
    private readonly options: SamsynOptions,
    private readonly databases: TestDatabases,
    private readonly issuerDirectory: string,
  ) {}

  /**
   * `mutualTls` serves the subgraphs over HTTPS with these files (paths of PEM files) and has the gateway prove
   * itself with its client certificate only, as a standard router in front would: no signed assertions.
   * `gatewayEnv` is added to the gateway's environment only; `env` to every service's (e.g. OTEL_* for tracing).
   */
  static async start(kind: DatabaseKind, setup: { mutualTls?: MutualTlsFiles; gatewayEnv?: NodeJS.ProcessEnv; env?: NodeJS.ProcessEnv } = {}): Promise<SamsynUnderTest> {
    const ports: SamsynPorts = {
      web: await freePort(),
      gateway: await freePort(),
      vgr: await freePort(),
      kommun: await freePort(),
      samverkan: await freePort(),
      admin: { gateway: await freePort(), vgr: await freePort(), kommun: await freePort(), samverkan: await freePort() },
    };
    const databases = await createTestDatabases(kind, subgraphServiceNames);
    // A development issuer of the test's own: the services trust only its key.
    const issuerDirectory = mkdtempSync(join(tmpdir(), 'samsyn-e2e-issuer-'));
    const issuer = await ensureDevelopmentIssuer(issuerDirectory);
    // The gateway's key pair and the pseudonym key of this test's installation, kept beside its issuer.
    const secrets = await ensureInstallationSecrets(issuerDirectory);
    const options: SamsynOptions = {
      ports,
      env: { ...process.env, ...databases.env, ...secrets.subgraphEnv, SAMSYN_SEED: 'small', [seedDateVariable]: seedReferenceDate(process.env), LOG_LEVEL: 'info', NODE_ENV: 'test', SAMSYN_JWKS_FILE: issuer.jwksPath, ...setup.env },
      gatewayEnv: secrets.gatewayEnv,
    };
    const tls = setup.mutualTls;
    if (tls) {
      delete options.env['SAMSYN_GATEWAY_JWKS_FILE'];
      Object.assign(options.env, { SAMSYN_TLS_CERT_FILE: tls.serverCert, SAMSYN_TLS_KEY_FILE: tls.serverKey, SAMSYN_TLS_CLIENT_CA_FILE: tls.caCert });
      options.gatewayEnv = { SAMSYN_SUBGRAPH_TLS_CA_FILE: tls.caCert, SAMSYN_SUBGRAPH_TLS_CERT_FILE: tls.gatewayCert, SAMSYN_SUBGRAPH_TLS_KEY_FILE: tls.gatewayKey };
      options.subgraphTlsCa = readFileSync(tls.caCert, 'utf8');
    }
    // What the gateway alone gets besides (e.g. short GATEWAY_REQUEST_DEADLINE_MS for a test of timeouts).
    if (setup.gatewayEnv) options.gatewayEnv = { ...options.gatewayEnv, ...setup.gatewayEnv };
    const samsyn = new SamsynUnderTest(kind, ports, options, databases, issuerDirectory);
    // Service output is kept for assertions (e.g. no personnummer in logs) and failure messages.
    options.onOutput = (service, line) => samsyn.output.push(`[${service}] ${line}`);
    try {
      await Promise.all(subgraphServiceNames.map((name) => samsyn.startSubgraph(name)));
      samsyn.services.set('gateway', await startGatewayService(options));
    } catch (error) {
      await samsyn.stop();
      throw new Error(`Samsyn did not start: ${String(error)}\n${samsyn.output.slice(-40).join('\n')}`);
    }
    return samsyn;
  }

  /** Starts subgraph `name` (again); `env` adds to or overrides its environment, e.g. its database URL. */
  async startSubgraph(name: SubgraphServiceName, env: NodeJS.ProcessEnv = {}): Promise<void> {
    this.services.set(name, await startSubgraphService(name, { ...this.options, env: { ...this.options.env, ...env } }));
  }

  /** Starts the web server (built beforehand with buildWeb) with the test issuer's role-picker login. */
  async startWeb(): Promise<string> {
    this.services.set('web', await startWebService({ ...this.options, developmentIssuerDirectory: this.issuerDirectory }));
    return `http://127.0.0.1:${this.ports.web}`;
  }

  /**
   * The standalone entry subgraph (`npm run start:entry`) beside this installation's subgraphs, and a supergraph
   * routed to them: what a router other than Samsyn's gateway needs, in the form the benchmark's gateway launchers
   * take (bench/gateways/gateways/), with this installation's issuer and gateway key.
   */
  async servicesForRouters(): Promise<BenchServices> {
    const entryPort = await freePort();
    this.services.set(
      'entry',
      await startService({
        name: 'entry',
        entry: 'gateway/entry/main.ts',
        env: { ...this.options.env, ENTRY_PORT: String(entryPort), ENTRY_ADMIN_PORT: '0' },
        healthUrl: `http://127.0.0.1:${entryPort}/health/ready`,
        onOutput: (line) => this.output.push(`[entry] ${line}`),
      }),
    );
    const subgraphUrls = {
      vgr: this.subgraphUrl('vgr'),
      kommun: this.subgraphUrl('kommun'),
      samverkan: this.subgraphUrl('samverkan'),
      entry: `http://127.0.0.1:${entryPort}/graphql`,
    };
    const supergraphPath = join(this.issuerDirectory, 'supergraph-for-routers.graphql');
    writeFileSync(supergraphPath, rewriteSupergraphUrls(readFileSync(join(projectRoot, 'schema/supergraph.graphql'), 'utf8'), subgraphUrls));
    const admin = (port: number) => `http://127.0.0.1:${port}/metrics`;
    const jwksPath = this.options.env['SAMSYN_JWKS_FILE']!;
    return {
      subgraphUrls,
      metricsUrls: { vgr: admin(this.ports.admin.vgr), kommun: admin(this.ports.admin.kommun), samverkan: admin(this.ports.admin.samverkan) },
      issuerDirectory: this.issuerDirectory,
      jwksPath,
      productionEnv: { NODE_ENV: 'test', SAMSYN_JWKS_FILE: jwksPath },
      gatewayEnv: {
        ...(this.options.gatewayEnv as Record<string, string>),
        SAMSYN_SUBGRAPH_AUDIENCES: JSON.stringify(Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [url, name]))),
      },
      supergraphPath,
    };
  }

  /** The process id of each running service, by name (gateway, vgr, kommun, samverkan, web). */
  pids(): Record<string, number> {
    return Object.fromEntries([...this.services].flatMap(([name, service]) => (service.child.pid === undefined ? [] : [[name, service.child.pid]])));
  }

  /** Each service that has ended, with its exit code. */
  ended(): Record<string, number | null> {
    return Object.fromEntries([...this.services].flatMap(([name, service]) => (service.child.exitCode !== null || service.child.signalCode !== null ? [[name, service.child.exitCode]] : [])));
  }

  /**
   * A second process of subgraph `name` on the same database, on `port`, not waited for: what an operator who runs
   * `npm run start:<name>` twice gets. Its output goes to `onOutput`.
   */
  spawnSecondSubgraph(name: SubgraphServiceName, port: number, onOutput: (line: string) => void, env: NodeJS.ProcessEnv = {}): ServiceProcess {
    return spawnService({
      name: `${name}-second`,
      entry: `subgraphs/${name}/main.ts`,
      // Its admin port any free one: the first process holds its own.
      env: { ...subgraphEnvironment(name, { ...this.options, ports: { ...this.ports, [name]: port, admin: { ...this.ports.admin, [name]: 0 } } }), ...env },
      healthUrl: `http://127.0.0.1:${port}/health`,
      onOutput,
    });
  }

  async stopSubgraph(name: SubgraphServiceName): Promise<void> {
    await this.services.get(name)?.stop();
    this.services.delete(name);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((service) => service.stop()));
    this.services.clear();
    await this.databases.dispose();
    rmSync(this.issuerDirectory, { recursive: true, force: true });
  }

  /** A token from the test's issuer; by default vårdpersonal of the region at a vårdcentral. */
  token(request: Partial<TokenRequest> = {}): Promise<string> {
    return signDevelopmentToken(this.issuerDirectory, {
      roles: ['vardpersonal'],
      huvudman: 'VGR',
      organisationHsaId: 'SE2321000131-E000000000001',
      employeeHsaId: 'SE2321000131-P000000000001',
      ...request,
    });
  }

  /** Where a subgraph's database lives, for tests that must reach it past the service (tampering). */
  databaseLocation(name: SubgraphServiceName): DatabaseLocation {
    const url = this.options.env[`${name.toUpperCase()}_DATABASE_URL`];
    return databaseLocation(url, name, this.options.env['SAMSYN_DATA_DIR'] ?? '.data');
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}/graphql`;
  }

  subgraphUrl(name: SubgraphServiceName): string {
    return `${this.options.subgraphTlsCa ? 'https' : 'http'}://127.0.0.1:${this.ports[name]}/graphql`;
  }

  /**
   * Sends an operation over HTTP, to the gateway unless `url` says otherwise.
   * Without `token` it goes as vårdpersonal of the region with samtycke attested;
   * `token: null` sends no Authorization header at all. `asGateway` signs the
   * request as the gateway does for that subgraph (to test what a subgraph itself
   * enforces when the gateway is wrong); `url` then defaults to that subgraph.
   */
  async query<Data = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { url?: string; token?: string | null; headers?: Record<string, string>; asGateway?: SubgraphServiceName } = {},
  ): Promise<GraphqlResponse<Data>> {
    const token = options.token === undefined ? await this.token() : options.token;
    const defaults: Record<string, string> = options.token === undefined ? { 'x-samsyn-atkomstgrund': 'samtycke' } : {};
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...defaults,
      ...options.headers,
    };
    const body = JSON.stringify({ query, variables });
    if (options.asGateway) Object.assign(headers, await this.gatewayHeaders(options.asGateway, body, headers));
    const url = options.url ?? (options.asGateway ? this.subgraphUrl(options.asGateway) : this.gatewayUrl);
    const response = await fetch(url, { method: 'POST', headers, body });
    const requestId = response.headers.get('x-request-id');
    return { status: response.status, ...(requestId ? { requestId } : {}), ...((await response.json()) as Omit<GraphqlResponse<Data>, 'status' | 'requestId'>) };
  }

  /** The headers Samsyn's gateway adds to a request for `subgraph`: its request id and its signed assertion. */
  async gatewayHeaders(subgraph: SubgraphServiceName, body: string, headers: Record<string, string>): Promise<Record<string, string>> {
    this.signer ??= createGatewayAssertionSigner(readPrivateJwk(this.options.gatewayEnv!['SAMSYN_GATEWAY_KEY_FILE']!, 'SAMSYN_GATEWAY_KEY_FILE'));
    const requestId = randomUUID();
    const asserted: AssertedHeaders = {};
    for (const name of assertedHeaders) if (headers[name] !== undefined) asserted[name] = headers[name];
    const assertion = await (await this.signer)({ audience: subgraph, requestIds: [requestId], body, headers: asserted });
    return { 'x-request-id': requestId, [gatewayAssertionHeader]: assertion };
  }

  /** The Prometheus text of a service's admin port (GET /metrics). */
  async metrics(service: SubgraphServiceName | 'gateway'): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${this.ports.admin[service]}/metrics`);
    if (response.status !== 200) throw new Error(`/metrics of ${service} answered ${response.status}`);
    return response.text();
  }

  /** SQL statements the subgraph has sent so far (its /metrics counter). */
  async sqlStatements(name: SubgraphServiceName): Promise<number> {
    return this.counter(name, /samsyn_sql_statements_total\{[^}]*\} (\d+)/);
  }

  /** GraphQL requests the three subgraphs have received so far, together (their /metrics counters). */
  async subgraphRequests(): Promise<number> {
    const counts = await Promise.all(subgraphServiceNames.map((name) => this.counter(name, /samsyn_graphql_requests_total\{[^}]*\} (\d+)/)));
    return counts.reduce((sum, count) => sum + count, 0);
  }

  /** A counter of the gateway's /metrics, e.g. `samsyn_gateway_passed_through_total`. */
  async gatewayCounter(name: string): Promise<number> {
    return this.counter('gateway', new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)$`, 'm'));
  }

  /** The first number `pattern` captures in the /metrics of a service (on its admin port). */
  private async counter(service: SubgraphServiceName | 'gateway', pattern: RegExp): Promise<number> {
    const text = await this.metrics(service);
    const match = pattern.exec(text);
    if (!match) throw new Error(`no ${pattern.source} in /metrics of ${service}`);
    return Number(match[1]);
  }
}
