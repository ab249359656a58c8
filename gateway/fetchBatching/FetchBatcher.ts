// Collects the fetches one client request sends one subgraph in the same tick (the fetches of one plan step)
// and sends them as one merged query (mergedQuery.ts). Only fetches of the same request context are ever
// merged: one identity, one access ground, one request id for the access log, which logs each read once
// whether its field came in a merged query or not.
import { mergeQueries, type QueryAnswer, type QueryRequest } from './mergedQuery.js';

/** What the batcher needs of the data source's process() options. */
export interface BatchableFetch {
  context: object;
  request: QueryRequest & { http?: unknown };
}

interface PendingFetch<Options extends BatchableFetch, Answer extends QueryAnswer> {
  options: Options;
  resolve(answer: Answer): void;
  reject(error: unknown): void;
}

export class FetchBatcher<Options extends BatchableFetch, Answer extends QueryAnswer> {
  private readonly pending = new Map<object, PendingFetch<Options, Answer>[]>();
  private mergedFetchCount = 0;
  private mergedRequestCount = 0;

  /** Fetches that went to their subgraph inside a merged query. */
  get mergedFetches(): number {
    return this.mergedFetchCount;
  }

  /** Merged queries sent (each in place of two or more fetches). */
  get mergedRequests(): number {
    return this.mergedRequestCount;
  }

  /** Sends `options` with `send`, merged with the fetches of the same context that arrive before the tick ends. */
  process(options: Options, send: (options: Options) => Promise<Answer>): Promise<Answer> {
    let group = this.pending.get(options.context);
    if (!group) {
      group = [];
      this.pending.set(options.context, group);
      // After every promise job of this tick: the executor starts a plan step's fetches synchronously and in
      // promise jobs, so by then all of them are here.
      process.nextTick(() => this.flush(options.context, send));
    }
    return new Promise<Answer>((resolve, reject) => group.push({ options, resolve, reject }));
  }

  private flush(context: object, send: (options: Options) => Promise<Answer>): void {
    const group = this.pending.get(context) ?? [];
    this.pending.delete(context);
    const merged = mergeQueries(group.map((fetch) => fetch.options.request));
    if (!merged) {
      for (const fetch of group) sendSafely(send, fetch.options).then(fetch.resolve, fetch.reject);
      return;
    }
    const first = group[0]!.options;
    this.mergedRequestCount += 1;
    this.mergedFetchCount += group.length;
    const options = { ...first, request: { ...merged.request, http: first.request.http }, document: undefined, pathInIncomingRequest: undefined };
    sendSafely(send, options).then(
      (answer) => merged.split(answer).forEach((own, index) => group[index]!.resolve(own)),
      // The merged request failed as a whole (the subgraph did not answer): so does each fetch in it.
      (error: unknown) => {
        for (const fetch of group) fetch.reject(error);
      },
    );
  }
}

/** `send` as a promise even when it throws before returning one. */
function sendSafely<Options, Answer>(send: (options: Options) => Promise<Answer>, options: Options): Promise<Answer> {
  try {
    return send(options);
  } catch (error) {
    return Promise.reject(error);
  }
}
