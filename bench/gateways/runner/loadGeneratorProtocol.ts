// Messages between the runner and its load generator process (over Node's IPC
// channel), and the file that hands the load generator its requests.
import type { BenchRequest } from '../types.js';
import type { PacedPlan } from './pacedLoad.js';

export interface LoadGeneratorConfig {
  /** The gateway's /graphql URL. */
  url: string;
  connections: number;
  requests: BenchRequest[];
  /** Module exporting `workloads: Workload[]`, whose check() judges the bodies (file URL or absolute path). */
  workloadModule: string;
  workloadId: string;
  /** Check one body in this many (1: every body). */
  checkEvery: number;
}

/**
 * Runner → load generator: warm up, then measure, under one continuous load, so the measured window starts with
 * every connection busy (no ramp-up counted against the gateway); responses completed during the warm-up are
 * thrown away.
 */
export interface RunLoad {
  type: 'run';
  warmupSeconds: number;
  measureSeconds: number;
}

/**
 * Runner → load generator, the second mode: the paced load of `pacedLoad.ts` (simulated users with think times,
 * one connection each) instead of autocannon's closed loop; the warm-up is a few requests per user.
 */
export interface RunPacedLoad {
  type: 'runPaced';
  plan: PacedPlan;
}

export interface WindowResult {
  /** Wall time of the measured window as the load generator timed it. */
  seconds: number;
  /** Responses completed in the window. */
  responses: number;
  /** Latency of every response completed in the window, ms. */
  latenciesMs: number[];
  non2xx: number;
  /** Connection errors and timeouts in the window. */
  connectionErrors: number;
  checkedBodies: number;
  rejectedBodies: number;
  errorSamples: string[];
  /** Paced runs: connections the users opened, warm-up included (one each, plus one per reconnection after idling). */
  connectionsOpened?: number;
}

export type LoadGeneratorMessage =
  | { type: 'ready' }
  /** The warm-up is over: the measured window starts now. */
  | { type: 'measuring' }
  | { type: 'done'; result: WindowResult }
  | { type: 'failed'; message: string };
