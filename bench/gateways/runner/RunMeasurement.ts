// What one measured run (one gateway, one workload, one round) yields: the
// figures the report aggregates over rounds and pairs between gateways.
import type { GatewayId } from '../types.js';
import type { LatencyPercentiles } from './statistics.js';

export interface RunMeasurement {
  workloadId: string;
  gatewayId: GatewayId;
  /** 1-based round; within a round the gateways ran in the order A, B, C. */
  round: number;
  /** Responses received in the measured window (any status). */
  responses: number;
  /** Length of the measured window in seconds, as timed by the load generator. */
  seconds: number;
  requestsPerSecond: number;
  latencyMs: LatencyPercentiles;
  /** Non-2xx responses + bodies the workload's check() rejected + connection errors and timeouts. */
  errors: number;
  /** A few of the problems, for the report. */
  errorSamples: string[];
  /** Bodies passed to check(). */
  checkedBodies: number;
  /** The gateway's peak resident set (VmHWM) in bytes, read before it was stopped. */
  gatewayPeakRssBytes: number;
  /** GraphQL requests the vgr, kommun and samverkan subgraphs received per gateway response. */
  subgraphFetchesPerRequest: number;
  /** SQL statements the three subgraphs sent per gateway response. */
  sqlStatementsPerRequest: number;
  /** CPU time of processes not ours during the window, as a share of one core. */
  othersCpuShare: number;
  /** The processes not ours that used the most CPU in the window (for the log when it was disturbed). */
  busiestOthers: string[];
  /** Kept although others disturbed it (every repeat was disturbed too). */
  disturbed: boolean;
  /** How many times the run was made (1 when the first was undisturbed). */
  attempts: number;
}

/**
 * One paced run (simulated users with think times, for the latency targets): the same figures, from a window of at
 * least --duration seconds and 200 requests. Its requests/s is the load the users offered, not a capacity.
 */
export interface PacedRunMeasurement extends RunMeasurement {
  users: number;
  /** Mean think time, ms. */
  thinkTimeMs: number;
  /** The window's planned length (--duration, lengthened to reach 200 requests), s; `seconds` is how long it was open. */
  plannedSeconds: number;
  /** Connections the users opened (one each, plus one per reconnection after the gateway closed an idle one). */
  connectionsOpened: number;
}
