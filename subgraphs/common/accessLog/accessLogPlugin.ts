// Writes each request's access-log rows before the answer leaves the
// subgraph. If the log cannot be written, the answer is replaced by an error:
// patient data is never handed out unlogged.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Kysely } from 'kysely';
import type { Logger } from '../logging/logger.js';
import type { AccessLogRecorder } from './AccessLogRecorder.js';

/**
 * Response header with the number of access-log rows the request wrote. A gateway that shared this answer
 * with identical requests in flight need not ask for rows to be repeated when it is 0 (inflightFetches.ts).
 */
export const accessLogRowsHeader = 'x-samsyn-atkomstlogg-rader';

export interface AccessLoggingContext {
  accessLog: AccessLogRecorder;
  log: Logger;
}

export function accessLogPlugin<Context extends AccessLoggingContext>(db: () => Kysely<any>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.accessLog.operationName = operationName ?? null;
        },
        async willSendResponse({ contextValue, response }) {
          try {
            const rows = await contextValue.accessLog.flush(db());
            response.http.headers.set(accessLogRowsHeader, String(rows));
          } catch (error) {
            contextValue.log.error('the access log could not be written; the answer is withheld', { error });
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              },
            };
          }
        },
      };
    },
  };
}
