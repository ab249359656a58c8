// How long the request being served may still take, carried with its asynchronous work, so that every database
// statement it makes waits at most that long. The gateway sends each subgraph fetch's remaining time in
// `samsyn-time-budget-ms`; a request without one is bounded by the statement timeout alone.
import { AsyncLocalStorage } from 'node:async_hooks';

export const timeBudgetHeader = 'samsyn-time-budget-ms';

/** A budget longer than this is not believed (ten minutes): it only ever shortens the configured timeouts. */
const longestBudgetMs = 600_000;

const deadlines = new AsyncLocalStorage<number>();

/** Runs `work` with a deadline `budgetMs` from now; without a budget, `work` runs as it is. */
export function runWithTimeBudget<T>(budgetMs: number | null, work: () => T): T {
  return budgetMs === null ? work() : deadlines.run(performance.now() + budgetMs, work);
}

/** Milliseconds left of the current request's budget, at least 1; null outside a budgeted request. */
export function remainingTimeBudgetMs(): number | null {
  const deadline = deadlines.getStore();
  return deadline === undefined ? null : Math.max(1, Math.floor(deadline - performance.now()));
}

/** The header's whole number of milliseconds (1 to ten minutes), or null when absent or unusable. */
export function parseTimeBudget(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,9}$/.test(text)) return null;
  const budget = Number(text);
  return budget >= 1 && budget <= longestBudgetMs ? budget : null;
}

/** The time a statement may take: the statement timeout, or less when the request has less left. */
export function statementTimeBudgetMs(statementTimeoutMs: number): number {
  const remaining = remainingTimeBudgetMs();
  return remaining === null ? statementTimeoutMs : Math.min(statementTimeoutMs, remaining);
}
