// The parts of the gateway benchmark (`npm run bench`) and how they meet:
// workloads make requests, gateway launchers start one gateway pinned to a
// CPU, the runner measures each gateway on each workload in alternating runs.

/** The services a run talks to, started once by the runner and shared by every gateway. */
export interface BenchServices {
  /** GraphQL URLs of the subgraph processes: vgr, kommun, samverkan, and entry (the standalone entry subgraph). */
  subgraphUrls: Record<'vgr' | 'kommun' | 'samverkan' | 'entry', string>;
  /** `/metrics` URLs of vgr, kommun and samverkan on their admin ports (Prometheus text with the SQL statement and request counters). */
  metricsUrls: Record<'vgr' | 'kommun' | 'samverkan', string>;
  /** The development issuer directory the services trust (sign tokens with signDevelopmentToken). */
  issuerDirectory: string;
  /** The JWKS file of that issuer (SAMSYN_JWKS_FILE for gateways and subgraphs). */
  jwksPath: string;
  /**
   * What every service and gateway of the run gets in its environment: NODE_ENV=production and the issuer's key
   * set served over HTTP (SAMSYN_JWKS_URL, SAMSYN_JWT_ISSUER), as deployed.
   */
  productionEnv: Record<string, string>;
  /**
   * What every gateway gets on top: the private key it signs its subgraph requests with (SAMSYN_GATEWAY_KEY_FILE),
   * as every subgraph answers its internal surface only to a gateway that proves itself.
   */
  gatewayEnv: Record<string, string>;
  /** The committed supergraph with every routing URL pointed at these services (for gateways B and C). */
  supergraphPath: string;
}

/** One HTTP request a load generator sends to a gateway's /graphql. */
export interface BenchRequest {
  headers: Record<string, string>;
  /** JSON body: { query, variables, operationName }. */
  body: string;
}

export interface Workload {
  /** Short id, e.g. `patientbild`. */
  id: string;
  /** One line for the report. */
  title: string;
  /** Concurrent connections the load generator keeps open. */
  connections: number;
  /** Whether it writes (the targets for read workloads do not apply). */
  writes: boolean;
  /**
   * Called before each measured run against the gateway about to be measured (e.g. to create the avvikelser a
   * write mix moves through its workflow); returns the requests to cycle through, in order. Requests must be
   * realistic: a token of the role that would send them and the access-ground header where one is needed.
   */
  prepare(gatewayUrl: string, services: BenchServices): Promise<BenchRequest[]>;
  /**
   * Checks one response body; returns a problem description, or null when it is a correct answer. A pure function
   * of the body: the load generator accepts a body identical to one it accepted before without asking again.
   */
  check(body: string): string | null;
  /**
   * Works out, in the load generator before the load starts, what `check` needs (e.g. an id found in the generated
   * world, seconds to build). Without it the first checked body, at the start of the measured window, would pay for
   * that while every connection's answer waits behind it in the load generator.
   */
  prepareCheck?(): void;
  /**
   * People using the view at a realistic pace, for the latency targets: after its saturation rounds the runner
   * measures the workload again with this many simulated users, each sending its next request only after its answer
   * arrived and a think time passed (exponentially distributed with this mean, from a seeded random source). Absent:
   * no paced run.
   */
  pacing?: WorkloadPacing;
}

export interface WorkloadPacing {
  /** Simulated users, each with its own connection and at most one request in flight. */
  users: number;
  /** Mean think time between an answer and the user's next request, ms (exponentially distributed). */
  thinkTimeMs: number;
  /** Who the users are, for the report, e.g. "NOSAM members with the view open, each moving on every couple of seconds". */
  describe: string;
}

/** A, B, C, D; `A-<name>` is A with one optimisation turned off (`--ablation`). */
export type GatewayId = 'A' | 'B' | 'C' | 'D' | `A-${string}`;

export interface RunningGateway {
  id: GatewayId;
  name: string;
  /** The gateway's /graphql URL. */
  url: string;
  /** The gateway's process id (for peak RSS from /proc/<pid>/status VmHWM, and CPU time). */
  pid: number;
  /** The services it sends to, when not the run's own (an ablation variant with subgraphs of its own). */
  services?: BenchServices;
  stop(): Promise<void>;
}

export interface GatewayLauncher {
  id: GatewayId;
  /** E.g. "Samsyn gateway", "@apollo/gateway 2.14 + @apollo/server 5 (defaults)", "@graphql-hive/gateway 2.15". */
  name: string;
  /** Starts the gateway as its own process pinned with `taskset -c <cpu>` on a free port, and waits until it answers. */
  start(services: BenchServices, cpu: number): Promise<RunningGateway>;
}
