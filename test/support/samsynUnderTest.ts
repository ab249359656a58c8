// The whole of Samsyn started as real processes for end-to-end tests, on
// PGlite or on the real PostgreSQL server, with helpers to query the gateway
// over HTTP and to stop and restart one subgraph.
import {
  startGatewayService,
  startSubgraphService,
  subgraphServiceNames,
  type SamsynOptions,
  type SamsynPorts,
  type SubgraphServiceName,
} from '../../scripts/samsynServices.js';
import type { ServiceProcess } from '../../scripts/serviceProcess.js';
import { freePort } from './freePort.js';
import { createTestDatabases, type DatabaseKind, type TestDatabases } from './testDatabases.js';

export interface GraphqlResponse<Data = Record<string, any>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export class SamsynUnderTest {
  readonly output: string[] = [];
  private readonly services = new Map<string, ServiceProcess>();

  private constructor(
    readonly kind: DatabaseKind,
    readonly ports: SamsynPorts,
    private readonly options: SamsynOptions,
    private readonly databases: TestDatabases,
  ) {}

  static async start(kind: DatabaseKind): Promise<SamsynUnderTest> {
    const ports: SamsynPorts = { gateway: await freePort(), vgr: await freePort(), kommun: await freePort(), samverkan: await freePort() };
    const databases = await createTestDatabases(kind, subgraphServiceNames);
    const options: SamsynOptions = {
      ports,
      env: { ...process.env, ...databases.env, SAMSYN_SEED: 'small', LOG_LEVEL: 'info', NODE_ENV: 'test' },
    };
    const samsyn = new SamsynUnderTest(kind, ports, options, databases);
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

  async startSubgraph(name: SubgraphServiceName): Promise<void> {
    this.services.set(name, await startSubgraphService(name, this.options));
  }

  async stopSubgraph(name: SubgraphServiceName): Promise<void> {
    await this.services.get(name)?.stop();
    this.services.delete(name);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((service) => service.stop()));
    this.services.clear();
    await this.databases.dispose();
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}/graphql`;
  }

  subgraphUrl(name: SubgraphServiceName): string {
    return `http://127.0.0.1:${this.ports[name]}/graphql`;
  }

  async query<Data = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    url = this.gatewayUrl,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<Data>> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<Data>, 'status'>) };
  }

  /** SQL statements the subgraph has sent so far (its /metrics counter). */
  async sqlStatements(name: SubgraphServiceName): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${this.ports[name]}/metrics`)).text();
    const match = /samsyn_sql_statements_total\{[^}]*\} (\d+)/.exec(text);
    if (!match) throw new Error(`no SQL counter in /metrics of ${name}`);
    return Number(match[1]);
  }
}
