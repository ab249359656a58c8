// The paced load of the latency targets: a fixed number of simulated users, each
// with one connection and at most one request in flight, sending its next
// request only after its answer arrived and a think time passed (exponential,
// from a seeded random source, so every gateway of a round gets the same
// schedule). Pure: the clock, the sleeping and the HTTP go through a driver
// (the load generator process gives it undici and real timers; the tests a fake clock).
import type { BenchRequest, WorkloadPacing } from '../types.js';
import type { WindowResult } from './loadGeneratorProtocol.js';

/** A paced run measures at least this many requests, lengthening the window beyond --duration when needed. */
export const pacedMinResponses = 200;
/** Requests each user sends back to back before the window opens (connections, JIT, the gateway's plan caches). */
export const pacedWarmupRequestsPerUser = 3;
const maxErrorSamples = 5;

/** How long a paced run measures: at least `minSeconds` and `minResponses` requests, never beyond `maxSeconds`. */
export interface PacedWindow {
  minSeconds: number;
  minResponses: number;
  maxSeconds: number;
}

/**
 * --duration seconds, or longer when the users would send fewer than `minResponses` requests in it: with zero
 * response time they send users / think time requests per second, so the window is at least
 * minResponses × think time / users (nosam 20 users × 2 s: 20 s; avvikelseanalys 20 × 5 s: 50 s). Slow answers
 * lower the rate; the window then runs on until that many were sent, up to 4 × its planned length.
 */
export function pacedWindow(durationSeconds: number, pacing: Pick<WorkloadPacing, 'users' | 'thinkTimeMs'>, minResponses = pacedMinResponses): PacedWindow {
  const secondsForResponses = Math.ceil((minResponses * pacing.thinkTimeMs) / 1000 / pacing.users);
  const minSeconds = Math.max(durationSeconds, secondsForResponses);
  return { minSeconds, minResponses, maxSeconds: 4 * minSeconds };
}

/** Whether a user may still send a request into the window, `elapsedSeconds` after it opened with `sent` requests sent in it. */
export function windowOpen(elapsedSeconds: number, sent: number, window: PacedWindow): boolean {
  if (elapsedSeconds >= window.maxSeconds) return false;
  return elapsedSeconds < window.minSeconds || sent < window.minResponses;
}

/** mulberry32: a small seeded generator of uniform numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a workload's paced runs in one round (FNV-1a of "<workload>#<round>"): the same for A, B and C. */
export function pacedSeed(workloadId: string, round: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${workloadId}#${round}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * One user's think times in ms: exponentially distributed with mean `meanMs` (people moving on independently; the
 * requests of many such users arrive like a Poisson stream), each user with its own stream derived from the seed so
 * its schedule does not depend on how the users' requests interleave.
 */
export function thinkTimes(seed: number, user: number, meanMs: number): () => number {
  const random = seededRandom((seed ^ Math.imul(user + 1, 0x9e3779b1)) >>> 0);
  return () => -meanMs * Math.log(1 - random());
}

/**
 * The requests in one order shared by all users, as the saturation load generator's: whichever user sends next
 * takes the next request, so each prepared request is sent once before the list wraps around.
 */
export function createRequestCursor(requests: readonly BenchRequest[]): () => BenchRequest {
  if (requests.length === 0) throw new Error('No requests to send');
  let next = 0;
  return () => requests[next++ % requests.length]!;
}

export interface PacedResponse {
  status: number;
  body: string;
}

export interface PacedDriver {
  /** Monotonic time in ms. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Sends one request over the user's own connection and reads the whole answer; rejects on a connection error or timeout. */
  send(user: number, request: BenchRequest): Promise<PacedResponse>;
  /** The warm-up is over: the measured window opens now. */
  onMeasuring(): void;
}

export interface PacedPlan {
  users: number;
  thinkTimeMs: number;
  seed: number;
  warmupRequestsPerUser: number;
  window: PacedWindow;
  /** Check one body in this many (1: every body). */
  checkEvery: number;
}

/**
 * Warm-up: every user sends `warmupRequestsPerUser` requests back to back (answers thrown away); when all are done the
 * window opens and every user thinks, sends, waits for the answer, thinks again… until the window closes to new
 * requests. Requests in flight then are still awaited and counted (cutting them off would drop the slowest).
 * Latency: from handing the request to the driver until the whole body was read.
 */
export async function runPacedLoad(
  nextRequest: () => BenchRequest,
  plan: PacedPlan,
  driver: PacedDriver,
  check: (body: string) => string | null,
): Promise<WindowResult> {
  const result: WindowResult = {
    seconds: 0, responses: 0, latenciesMs: [], non2xx: 0, connectionErrors: 0, checkedBodies: 0, rejectedBodies: 0, errorSamples: [],
  };
  const sample = (text: string) => {
    if (result.errorSamples.length < maxErrorSamples) result.errorSamples.push(text.slice(0, 500));
  };

  await Promise.all(
    Array.from({ length: plan.users }, async (_, user) => {
      for (let index = 0; index < plan.warmupRequestsPerUser; index++) await driver.send(user, nextRequest()).catch(() => undefined);
    }),
  );

  driver.onMeasuring();
  const windowStart = driver.now();
  let sent = 0;
  let bodies = 0;
  let closedAt: number | null = null;
  let markClosed!: () => void;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  const elapsedSeconds = () => (driver.now() - windowStart) / 1000;
  /** Closes the window when its rule says so; true while it is open. */
  const stillOpen = () => {
    if (closedAt !== null) return false;
    if (windowOpen(elapsedSeconds(), sent, plan.window)) return true;
    closedAt = driver.now();
    markClosed();
    return false;
  };
  // 1 ms late, so that a timer firing a fraction early still finds the time up.
  void driver.sleep(plan.window.minSeconds * 1000 + 1).then(stillOpen);
  void driver.sleep(plan.window.maxSeconds * 1000 + 1).then(stillOpen);

  const user = async (index: number) => {
    const think = thinkTimes(plan.seed, index, plan.thinkTimeMs);
    for (;;) {
      await Promise.race([driver.sleep(think()), closed]);
      if (!stillOpen()) return;
      sent += 1;
      const request = nextRequest();
      const start = driver.now();
      let response: PacedResponse;
      try {
        response = await driver.send(index, request);
      } catch (error) {
        result.connectionErrors += 1;
        sample(`connection error or timeout: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      result.responses += 1;
      result.latenciesMs.push(driver.now() - start);
      if (response.status < 200 || response.status > 299) {
        result.non2xx += 1;
        sample(`HTTP ${response.status}: ${response.body}`);
        continue;
      }
      if (bodies++ % plan.checkEvery !== 0) continue;
      result.checkedBodies += 1;
      const problem = check(response.body);
      if (problem !== null) {
        result.rejectedBodies += 1;
        sample(problem);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.users }, (_, index) => user(index)));
  result.seconds = ((closedAt ?? driver.now()) - windowStart) / 1000;
  return result;
}
