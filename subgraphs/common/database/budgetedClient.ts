// A node-postgres client whose every query waits at most the statement timeout, or what is left of the request's
// time budget (timeBudget.ts) when that is less. The timer runs in this process, so a hung server (a frozen host,
// a lost network) is noticed as well as a slow one. A query that ran out of time leaves its connection busy with
// it, so that connection is ended and the pool opens a fresh one.
import pg from 'pg';
import { databaseUnavailableReason } from '../../../platform/errors/databaseUnavailable.js';
import { statementTimeBudgetMs } from './timeBudget.js';

type QueryCallback = (error: Error | null, result?: unknown) => void;

export function budgetedClientClass(statementTimeoutMs: number): typeof pg.Client {
  return class BudgetedClient extends pg.Client {
    // pg's overloads (text, config object, submittable, callback) pass through; a text or plain config gets the timer.
    override query(...args: any[]): any {
      const [config] = args;
      const timeout = statementTimeBudgetMs(statementTimeoutMs);
      if (typeof config === 'string') args[0] = { text: config, query_timeout: timeout };
      else if (config !== null && typeof config === 'object' && typeof config.submit !== 'function') args[0] = { ...config, query_timeout: timeout };
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const callback = args[last] as QueryCallback;
        args[last] = (error: Error | null, result?: unknown) => {
          if (error) this.endAfterTimeout(error);
          callback(error, result);
        };
        return super.query(...(args as [any]));
      }
      const result = super.query(...(args as [any]));
      return typeof result?.then === 'function'
        ? (result as Promise<unknown>).catch((error: Error) => {
            this.endAfterTimeout(error);
            throw error;
          })
        : result;
    }

    private endAfterTimeout(error: Error): void {
      if (databaseUnavailableReason(error) === 'TIMEOUT') this.end().catch(() => undefined);
    }
  } as unknown as typeof pg.Client;
}
