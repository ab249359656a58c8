import { describe, expect, it } from 'vitest';
import type { BenchRequest } from '../types.js';
import {
  createRequestCursor, pacedSeed, pacedWindow, runPacedLoad, seededRandom, thinkTimes, windowOpen,
  type PacedDriver, type PacedPlan, type PacedResponse,
} from './pacedLoad.js';

const request = (index: number): BenchRequest => ({ headers: { authorization: `Bearer ${index}` }, body: `{"n":${index}}` });

describe('pacedWindow and windowOpen', () => {
  it('keeps --duration when the users send enough requests in it, and lengthens it otherwise', () => {
    expect(pacedWindow(30, { users: 20, thinkTimeMs: 2000 })).toEqual({ minSeconds: 30, minResponses: 200, maxSeconds: 120 });
    expect(pacedWindow(20, { users: 20, thinkTimeMs: 2000 })).toMatchObject({ minSeconds: 20 });
    expect(pacedWindow(3, { users: 20, thinkTimeMs: 2000 })).toMatchObject({ minSeconds: 20, maxSeconds: 80 });
    expect(pacedWindow(10, { users: 20, thinkTimeMs: 5000 })).toMatchObject({ minSeconds: 50 });
    expect(pacedWindow(10, { users: 3, thinkTimeMs: 1000 }, 10)).toMatchObject({ minSeconds: 10, minResponses: 10 });
  });

  it('stays open for the minimum time, then until the minimum of requests was sent, never beyond the maximum', () => {
    const window = { minSeconds: 10, minResponses: 100, maxSeconds: 40 };
    expect(windowOpen(5, 500, window)).toBe(true);
    expect(windowOpen(10, 99, window)).toBe(true);
    expect(windowOpen(10, 100, window)).toBe(false);
    expect(windowOpen(39.9, 3, window)).toBe(true);
    expect(windowOpen(40, 3, window)).toBe(false);
  });
});

describe('think times', () => {
  it('come from a seeded source: the same seed gives the same sequence', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(values).toEqual(Array.from({ length: 1000 }, () => second()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });

  it('are exponential with the declared mean, a stream per user', () => {
    const draws = (user: number) => {
      const next = thinkTimes(pacedSeed('nosam', 1), user, 2000);
      return Array.from({ length: 20_000 }, () => next());
    };
    const user0 = draws(0);
    const mean = user0.reduce((total, value) => total + value, 0) / user0.length;
    expect(mean).toBeGreaterThan(1900);
    expect(mean).toBeLessThan(2100);
    expect(Math.min(...user0)).toBeGreaterThanOrEqual(0);
    // Exponential: P(X > mean) = 1/e ≈ 0.368, and the median is mean × ln 2.
    const overMean = user0.filter((value) => value > 2000).length / user0.length;
    expect(overMean).toBeGreaterThan(0.35);
    expect(overMean).toBeLessThan(0.385);
    expect(draws(0)).toEqual(user0);
    expect(draws(1).slice(0, 5)).not.toEqual(user0.slice(0, 5));
  });

  it('are seeded by workload and round: the same for every gateway of a round, different between rounds', () => {
    expect(pacedSeed('nosam', 1)).toBe(pacedSeed('nosam', 1));
    expect(pacedSeed('nosam', 2)).not.toBe(pacedSeed('nosam', 1));
    expect(pacedSeed('avvikelseanalys', 1)).not.toBe(pacedSeed('nosam', 1));
  });
});

describe('createRequestCursor', () => {
  it('hands out the requests in one order to whoever asks next, wrapping around', () => {
    const next = createRequestCursor([request(0), request(1), request(2)]);
    expect([next(), next(), next(), next()].map((entry) => entry.body)).toEqual(['{"n":0}', '{"n":1}', '{"n":2}', '{"n":0}']);
    expect(() => createRequestCursor([])).toThrow('No requests');
  });
});

/** Virtual time: sleeps and answers resolve in time order, so a paced run of minutes takes milliseconds. */
class FakeClock {
  time = 0;
  private timers: { at: number; order: number; resolve: () => void }[] = [];
  private count = 0;
  now = () => this.time;
  sleep = (ms: number) => new Promise<void>((resolve) => this.timers.push({ at: this.time + ms, order: this.count++, resolve }));

  async runUntil<T>(work: Promise<T>): Promise<T> {
    let done = false;
    void work.then(() => (done = true), () => (done = true));
    for (;;) {
      for (let index = 0; index < 10; index++) await new Promise((resolve) => setImmediate(resolve));
      if (done) return work;
      this.timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const timer = this.timers.shift();
      if (!timer) throw new Error('Nothing left to wait for, but the work is not done');
      this.time = Math.max(this.time, timer.at);
      timer.resolve();
    }
  }
}

interface Sent { user: number; body: string; at: number }

function fakeDriver(clock: FakeClock, answer: (sent: Sent) => { latencyMs: number; response: PacedResponse | Error }) {
  const sent: Sent[] = [];
  const inFlight = new Set<number>();
  let measuringAt: number | null = null;
  const driver: PacedDriver = {
    now: clock.now,
    sleep: clock.sleep,
    async send(user, next) {
      if (inFlight.has(user)) throw new Error(`user ${user} sent a second request while one was in flight`);
      inFlight.add(user);
      const entry = { user, body: next.body, at: clock.time };
      sent.push(entry);
      const { latencyMs, response } = answer(entry);
      await clock.sleep(latencyMs);
      inFlight.delete(user);
      if (response instanceof Error) throw response;
      return response;
    },
    onMeasuring: () => {
      measuringAt = clock.time;
    },
  };
  return { driver, sent, measuringAt: () => measuringAt };
}

const plan = (extra: Partial<PacedPlan> = {}): PacedPlan => ({
  users: 4, thinkTimeMs: 1000, seed: 7, warmupRequestsPerUser: 2, window: { minSeconds: 20, minResponses: 10, maxSeconds: 80 }, checkEvery: 1, ...extra,
});

describe('runPacedLoad', () => {
  it('warms up back to back, then each user thinks between its answer and its next request, in the shared order', async () => {
    const clock = new FakeClock();
    const { driver, sent, measuringAt } = fakeDriver(clock, () => ({ latencyMs: 50, response: { status: 200, body: 'ok' } }));
    const requests = Array.from({ length: 7 }, (_, index) => request(index));
    const result = await clock.runUntil(runPacedLoad(createRequestCursor(requests), plan(), driver, (body) => (body === 'ok' ? null : 'bad')));

    // Warm-up: 2 requests per user, the second right after the first answer; the window opens after the last.
    const warmup = sent.filter((entry) => entry.at < measuringAt()!);
    expect(warmup).toHaveLength(8);
    expect(measuringAt()).toBe(100);
    // One shared order: the n-th request sent overall is request n mod 7.
    expect(sent.map((entry) => entry.body)).toEqual(sent.map((_, index) => requests[index % 7]!.body));

    const measured = sent.filter((entry) => entry.at >= measuringAt()!);
    expect(result.responses).toBe(measured.length);
    expect(result.latenciesMs.every((latency) => Math.abs(latency - 50) < 1e-6)).toBe(true);
    expect(result.checkedBodies).toBe(measured.length);
    expect(result.non2xx + result.rejectedBodies + result.connectionErrors).toBe(0);

    // Each user's gaps between an answer and its next request are its own think times, in order.
    for (let user = 0; user < 4; user++) {
      const think = thinkTimes(7, user, 1000);
      const times = measured.filter((entry) => entry.user === user).map((entry) => entry.at);
      let expected = measuringAt()! + think();
      for (const at of times) {
        expect(at).toBeCloseTo(expected, 6);
        expected = at + 50 + think();
      }
    }
    // 4 users, 1 s think time + 50 ms: about 76 requests in 20 s (more than the minimum of 10), the window exactly 20 s.
    expect(measured.length).toBeGreaterThan(50);
    expect(measured.length).toBeLessThan(100);
    expect(result.seconds).toBeCloseTo(20, 2);
    expect(measured.every((entry) => entry.at <= measuringAt()! + 20_000)).toBe(true);
  });

  it('gives every gateway the same schedule for the same seed', async () => {
    const schedule = async () => {
      const clock = new FakeClock();
      const { driver, sent } = fakeDriver(clock, () => ({ latencyMs: 10, response: { status: 200, body: 'ok' } }));
      await clock.runUntil(runPacedLoad(createRequestCursor([request(0)]), plan(), driver, () => null));
      return sent.map((entry) => [entry.user, entry.at]);
    };
    expect(await schedule()).toEqual(await schedule());
  });

  it('stays open past the minimum time until the minimum of requests was sent, and awaits the answers in flight', async () => {
    const clock = new FakeClock();
    // Slow answers: 2 users, 1 s think + 3 s answer: about 0.5 requests/s, so 20 requests need about 40 s.
    const { driver, sent, measuringAt } = fakeDriver(clock, () => ({ latencyMs: 3000, response: { status: 200, body: 'ok' } }));
    const result = await clock.runUntil(
      runPacedLoad(createRequestCursor([request(0)]), plan({ users: 2, warmupRequestsPerUser: 1, window: { minSeconds: 10, minResponses: 20, maxSeconds: 200 } }), driver, () => null),
    );
    const measured = sent.filter((entry) => entry.at >= measuringAt()!);
    expect(measured).toHaveLength(20);
    expect(result.responses).toBe(20);
    expect(result.seconds).toBeGreaterThan(10);
    // The last request was sent inside the window, its answer arrived after it closed and still counts.
    expect(clock.time).toBeGreaterThan(measuringAt()! + result.seconds * 1000);
  });

  it('closes at the maximum time whatever was sent', async () => {
    const clock = new FakeClock();
    const { driver } = fakeDriver(clock, () => ({ latencyMs: 10, response: { status: 200, body: 'ok' } }));
    const result = await clock.runUntil(
      runPacedLoad(createRequestCursor([request(0)]), plan({ users: 1, thinkTimeMs: 10_000, window: { minSeconds: 5, minResponses: 1000, maxSeconds: 30 } }), driver, () => null),
    );
    expect(result.seconds).toBeCloseTo(30, 2);
    expect(result.responses).toBeLessThan(10);
  });

  it('counts non-2xx answers, rejected bodies and connection errors, and checks one body in checkEvery', async () => {
    const clock = new FakeClock();
    let count = 0;
    const { driver } = fakeDriver(clock, () => {
      count += 1;
      if (count <= 8) return { latencyMs: 5, response: { status: 200, body: 'ok' } }; // the warm-up: not counted
      const kind = count % 4;
      if (kind === 0) return { latencyMs: 5, response: { status: 500, body: 'boom' } };
      if (kind === 1) return { latencyMs: 5, response: new Error('other side closed') };
      if (kind === 2) return { latencyMs: 5, response: { status: 200, body: 'wrong' } };
      return { latencyMs: 5, response: { status: 200, body: 'ok' } };
    });
    const result = await clock.runUntil(runPacedLoad(createRequestCursor([request(0)]), plan(), driver, (body) => (body === 'ok' ? null : `body ${body}`)));
    const sentInWindow = count - 8;
    expect(result.connectionErrors + result.responses).toBe(sentInWindow);
    expect(result.latenciesMs).toHaveLength(result.responses);
    expect(result.non2xx).toBeGreaterThan(0);
    expect(result.rejectedBodies).toBeGreaterThan(0);
    expect(result.connectionErrors).toBeGreaterThan(0);
    expect(result.checkedBodies).toBe(result.responses - result.non2xx);
    expect(result.errorSamples.length).toBeLessThanOrEqual(5);
    expect(result.errorSamples).toEqual(expect.arrayContaining([expect.stringMatching(/^(HTTP 500: boom|body wrong|connection error or timeout: other side closed)$/)]));

    const sparse = new FakeClock();
    const { driver: sparseDriver } = fakeDriver(sparse, () => ({ latencyMs: 5, response: { status: 200, body: 'ok' } }));
    const checkedOneInThree = await sparse.runUntil(runPacedLoad(createRequestCursor([request(0)]), plan({ checkEvery: 3 }), sparseDriver, () => null));
    expect(checkedOneInThree.checkedBodies).toBe(Math.ceil(checkedOneInThree.responses / 3));
  });
});
