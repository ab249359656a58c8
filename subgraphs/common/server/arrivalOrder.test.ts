// Turn-taking: callers start in the order they asked, one per scheduled turn; through a real HTTP server, in the
// order their requests arrived.
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../platform/logging/logger.js';
import { createArrivalOrder } from './arrivalOrder.js';
import { type HttpRequestContext, createGraphqlHttpServer, listen } from '../../../platform/server/graphqlHttpServer.js';

/** A scheduler the test runs by hand: each `runTurn` is one event-loop turn. */
function manualSchedule() {
  const pending: Array<() => void> = [];
  return {
    schedule: (callback: () => void) => pending.push(callback),
    scheduled: () => pending.length,
    async runTurn() {
      const callbacks = pending.splice(0);
      for (const callback of callbacks) callback();
      await Promise.resolve(); // let the started callers' continuations run
    },
  };
}

describe('createArrivalOrder', () => {
  it('starts callers in the order they asked, one per turn', async () => {
    const turns = manualSchedule();
    const order = createArrivalOrder(turns.schedule);
    const started: string[] = [];
    for (const name of ['first', 'second', 'third']) void order.turn().then(() => started.push(name));
    expect(order.waiting()).toBe(3);
    expect(turns.scheduled()).toBe(1);

    await turns.runTurn();
    expect(started).toEqual(['first']);
    void order.turn().then(() => started.push('fourth'));
    await turns.runTurn();
    expect(started).toEqual(['first', 'second']);
    await turns.runTurn();
    await turns.runTurn();
    expect(started).toEqual(['first', 'second', 'third', 'fourth']);
    expect(order.waiting()).toBe(0);
    expect(turns.scheduled()).toBe(0);
  });

  it('schedules a turn again after the queue ran empty', async () => {
    const turns = manualSchedule();
    const order = createArrivalOrder(turns.schedule);
    const started: number[] = [];
    void order.turn().then(() => started.push(1));
    await turns.runTurn();
    expect(turns.scheduled()).toBe(0);
    void order.turn().then(() => started.push(2));
    expect(turns.scheduled()).toBe(1);
    await turns.runTurn();
    expect(started).toEqual([1, 2]);
  });

  it('lets the event loop run a turn between two starts with setImmediate', async () => {
    const order = createArrivalOrder();
    const events: string[] = [];
    const first = order.turn().then(() => {
      events.push('first');
      // A timer that is due by the next turn stands in for a socket that became readable meanwhile.
      setTimeout(() => events.push('due by the next turn'), 0);
      const until = performance.now() + 5;
      while (performance.now() < until);
    });
    const second = order.turn().then(() => events.push('second'));
    await Promise.all([first, second]);
    expect(events).toEqual(['first', 'due by the next turn', 'second']);
  });
});

describe('arrival order through the real HTTP server', () => {
  // Raw sockets let the test decide exactly when each request reaches the server's kernel buffer: a write on a
  // connected socket is handed to the kernel at once, even from inside a resolver.
  it('runs resolvers that take a turn in the order their requests arrived, not in the order epoll keeps their sockets in', async () => {
    const served: string[] = [];
    const turns = createArrivalOrder();
    const whenServed = new Map<string, () => void>();
    const apollo = new ApolloServer<HttpRequestContext>({
      typeDefs: 'type Query { serve(name: String!): String }',
      resolvers: {
        Query: {
          serve: async (_: unknown, { name }: { name: string }) => {
            await turns.turn();
            served.push(name);
            whenServed.get(name)?.();
            return name;
          },
        },
      },
    });
    await apollo.start();
    const server = await listen(
      createGraphqlHttpServer({ apollo, log: createLogger({ service: 'test' }, { level: 'error' }), createContext: async () => ({ requestId: randomUUID() }),
      limits: { maxTokens: 1000, maxAnswerBytes: 1_000_000 } }),
      0,
      '127.0.0.1',
    );
    const sockets: Socket[] = [];
    try {
      for (let index = 0; index < 3; index++) sockets.push(await openSocket(server.port));
      const [first, second, third] = sockets as [Socket, Socket, Socket];
      const answers = sockets.map((socket) => collectAnswers(socket));
      // One answered request per connection first, so the server has taken every socket into its loop.
      for (const [index, socket] of sockets.entries()) {
        socket.write(serveRequest(`warm${index}`));
        await answers[index]!.next();
      }
      served.length = 0;

      // r1 and r2 arrive together. While r1 runs, r3 arrives on the third connection; while r2 runs, r5 arrives on
      // the first, whose socket epoll already holds ahead of the third's. Served in epoll's order, r5 would pass r3.
      whenServed.set('r1', () => third.write(serveRequest('r3')));
      whenServed.set('r2', () => first.write(serveRequest('r5')));
      first.write(serveRequest('r1'));
      second.write(serveRequest('r2'));
      await Promise.all([answers[0]!.next(), answers[1]!.next(), answers[2]!.next(), answers[0]!.next()]);

      expect(served).toEqual(['r1', 'r2', 'r3', 'r5']);
    } finally {
      for (const socket of sockets) socket.destroy();
      await server.close();
      await apollo.stop();
    }
  });
});

function serveRequest(name: string): string {
  const body = JSON.stringify({ query: `{ serve(name: "${name}") }` });
  return `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Each `next()` resolves when one more complete answer (with a `serve` field) has come in on the socket. */
function collectAnswers(socket: Socket): { next(): Promise<void> } {
  let text = '';
  let counted = 0;
  let waiting: Array<{ at: number; resolve: () => void }> = [];
  let asked = 0;
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
    counted = text.split('"serve":').length - 1;
    waiting = waiting.filter((wait) => (wait.at <= counted ? (wait.resolve(), false) : true));
  });
  return {
    next: () =>
      new Promise<void>((resolve) => {
        const at = ++asked;
        if (at <= counted) resolve();
        else waiting.push({ at, resolve });
      }),
  };
}
