// How long GraphQL requests take, by operation type, and the errors their answers carry, by code: at the gateway
// and in every subgraph. Labels come from small fixed sets only, never from what a client names (operation names).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { errorCodes } from '../errors/errorCodes.js';

export const operationTypes = ['query', 'mutation', 'subscription', 'unknown'] as const;
export type OperationTypeLabel = (typeof operationTypes)[number];

/** Seconds; from a cached subgraph answer (about a millisecond) to the gateway's request deadline (15 s). */
export const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

export interface RequestMetrics {
  /** Records one request: its type (`unknown` when it never reached an operation, e.g. a parse error). */
  observe(operationType: string | undefined, seconds: number): void;
  /** Counts the errors of one answer by `extensions.code`. */
  countErrors(errors: readonly GraphQLFormattedError[]): void;
  /** Counts one error that ended a request outside an answer of Apollo Server's: no valid token, or refused at the HTTP edge. */
  countError(code: unknown): void;
}

/** A code of Samsyn's registry (errorCodes.ts) as itself, anything else as OTHER, so the label set stays small. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && Object.hasOwn(errorCodes, code) ? code : 'OTHER';
}

export function operationTypeLabel(operationType: string | undefined): OperationTypeLabel {
  return operationType === 'query' || operationType === 'mutation' || operationType === 'subscription' ? operationType : 'unknown';
}

export function createRequestMetrics(registry: Registry): RequestMetrics {
  const durations = new Histogram({
    name: 'samsyn_graphql_request_duration_seconds',
    help: 'GraphQL requests from arrival at Apollo Server to the answer, by operation type.',
    labelNames: ['operation_type'],
    buckets: durationBuckets,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'samsyn_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code (codes outside Samsyn\'s registry as OTHER).',
    labelNames: ['code'],
    registers: [registry],
  });
  // Bound once, so that a request costs an observation, not a label lookup.
  const byType = Object.fromEntries(operationTypes.map((type) => [type, durations.labels(type)])) as Record<OperationTypeLabel, Histogram.Internal<'operation_type'>>;
  const byCode = new Map<string, Counter.Internal>();
  const countError = (code: unknown) => {
    const label = errorCodeLabel(code);
    let counter = byCode.get(label);
    if (!counter) byCode.set(label, (counter = errors.labels(label)));
    counter.inc();
  };
  return {
    observe: (operationType, seconds) => byType[operationTypeLabel(operationType)].observe(seconds),
    countErrors(answerErrors) {
      for (const error of answerErrors) countError(error.extensions?.['code']);
    },
    countError,
  };
}

/** Observes every request's duration and counts its answer's errors, and the errors of refused contexts. */
export function requestMetricsPlugin<Context extends BaseContext>(metrics: RequestMetrics): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      metrics.countError((error as { extensions?: Record<string, unknown> }).extensions?.['code']);
    },
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          metrics.observe(operation?.operation, (performance.now() - started) / 1000);
          if (response.body.kind === 'single' && response.body.singleResult.errors) metrics.countErrors(response.body.singleResult.errors);
        },
      };
    },
  };
}
