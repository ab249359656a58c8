// One log line per GraphQL request, at the gateway and in every subgraph: the operation's name and type, how long
// it took, the HTTP status, the error codes and, when tracing is on, the trace id. Never the variables or the
// document: they may name a patient.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { activeTraceId } from '../tracing/activeTraceId.js';
import type { Logger } from './logger.js';

export interface RequestLogFields {
  operationName: string | null;
  operationType: string | null;
  durationMs: number;
  status: number;
  errorCodes: string[];
}

/** The line's fields from what Apollo Server knows when it answers; pure, so the choice of fields is tested alone. */
export function requestLogFields<Context extends BaseContext>(request: GraphQLRequestContextWillSendResponse<Context>, durationMs: number): RequestLogFields {
  const body = request.response.body;
  const errors: readonly GraphQLFormattedError[] = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
  const codes = new Set<string>();
  for (const error of errors) codes.add(typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'UNKNOWN');
  return {
    operationName: request.operationName ?? request.request.operationName ?? null,
    operationType: request.operation?.operation ?? null,
    durationMs: Math.round(durationMs * 10) / 10,
    status: request.response.http.status ?? 200,
    errorCodes: [...codes].sort(),
  };
}

/** Writes the line through the request's own logger, so it carries the request id the context bound. */
export function requestLogPlugin<Context extends BaseContext & { log: Logger }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(request) {
          // The request's HTTP server span is active here (the http instrumentation runs the handler in its context).
          const traceId = activeTraceId();
          request.contextValue.log.info('request', { ...requestLogFields(request, performance.now() - started), ...(traceId ? { traceId } : {}) });
        },
      };
    },
  };
}
