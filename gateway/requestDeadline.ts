// How long the gateway still waits for one subgraph fetch of a request: at most the subgraph's own timeout, and
// never past the request's deadline. The subgraph is told the same figure so it can stop its own work in time.
import { optionalWholeNumberVariable, readConfiguration, wholeNumberVariable, type Variables, type VariableShape } from '../platform/config/variables.js';

/** Sent on every subgraph fetch: the whole milliseconds the gateway still waits for this answer. */
export const timeBudgetHeader = 'samsyn-time-budget-ms';

/**
 * The request's deadline (milliseconds since the epoch, by the gateway's clock), set by the data source on each
 * subgraph request for the fetcher below it. It never leaves the gateway: the fetcher replaces it with
 * `timeBudgetHeader`, the one figure that means the same on another machine's clock.
 */
export const deadlineHeader = 'samsyn-gateway-deadline';

/** Whole milliseconds this fetch may wait; 0 when the request's deadline has passed (a fetch then is not sent). */
export function fetchBudgetMs(now: number, deadlineAt: number | undefined, subgraphTimeoutMs: number): number {
  const remaining = deadlineAt === undefined ? subgraphTimeoutMs : deadlineAt - now;
  return Math.max(0, Math.floor(Math.min(subgraphTimeoutMs, remaining)));
}

/** The deadline a data source wrote, or undefined when there is none (or it is not a number). */
export function deadlineFrom(headers: Record<string, string>): number | undefined {
  const raw = headers[deadlineHeader];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export interface GatewayWaits {
  /** Subgraph name → the longest one fetch to it waits, in ms (GATEWAY_SUBGRAPH_TIMEOUT_MS, or e.g. KOMMUN_TIMEOUT_MS). */
  subgraphTimeoutsMs: Record<string, number>;
  /** How long after a request arrives the gateway stops waiting for its subgraphs, in ms (GATEWAY_REQUEST_DEADLINE_MS). */
  requestDeadlineMs: number;
}

/** Seconds, not a minute: a user waits for the rest of the answer while one subgraph does not answer. */
const defaultSubgraphTimeoutMs = 10_000;
const defaultRequestDeadlineMs = 15_000;
/** From a tenth of a second (below that, ordinary answers of a healthy subgraph would time out) to ten minutes. */
const waitRange = [100, 600_000] as const;

const gatewayWaitVariables = {
  GATEWAY_SUBGRAPH_TIMEOUT_MS: wholeNumberVariable(defaultSubgraphTimeoutMs, ...waitRange),
  GATEWAY_REQUEST_DEADLINE_MS: wholeNumberVariable(defaultRequestDeadlineMs, ...waitRange),
};

/** A subgraph's own wait, when it should not follow GATEWAY_SUBGRAPH_TIMEOUT_MS. */
function subgraphTimeoutVariable(name: string): string {
  return `${name.toUpperCase()}_TIMEOUT_MS`;
}

/** The waits' variables for these subgraphs. */
export function waitVariables(subgraphNames: readonly string[]): typeof gatewayWaitVariables & VariableShape {
  const own = Object.fromEntries(subgraphNames.map((name) => [subgraphTimeoutVariable(name), optionalWholeNumberVariable(...waitRange)]));
  return { ...gatewayWaitVariables, ...own };
}

/** The waits; a subgraph's own `<NAME>_TIMEOUT_MS` overrides GATEWAY_SUBGRAPH_TIMEOUT_MS for it. */
export function gatewayWaitsFrom(values: Variables<typeof gatewayWaitVariables> & Record<string, unknown>, subgraphNames: readonly string[]): GatewayWaits {
  const subgraphTimeoutsMs = Object.fromEntries(
    subgraphNames.map((name) => {
      const own = values[subgraphTimeoutVariable(name)];
      return [name, typeof own === 'number' ? own : values.GATEWAY_SUBGRAPH_TIMEOUT_MS];
    }),
  );
  return { subgraphTimeoutsMs, requestDeadlineMs: values.GATEWAY_REQUEST_DEADLINE_MS };
}

export function readGatewayWaits(env: NodeJS.ProcessEnv, subgraphNames: readonly string[]): GatewayWaits {
  return gatewayWaitsFrom(readConfiguration(waitVariables(subgraphNames), env), subgraphNames);
}
