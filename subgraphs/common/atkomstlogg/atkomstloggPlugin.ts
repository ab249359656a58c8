// Writes each request's access-log rows before the answer leaves the
// subgraph. If the log cannot be written, the answer is replaced by an error:
// patient data is never handed out unlogged.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Kysely } from 'kysely';
import { databaseUnavailableReason } from '../../../platform/errors/databaseUnavailable.js';
import type { Logger } from '../../../platform/logging/logger.js';
import { databaseUnavailableError } from '../../../platform/server/formatError.js';
import type { AtkomstloggRecorder } from './AtkomstloggRecorder.js';

export interface AtkomstloggContext {
  atkomstlogg: AtkomstloggRecorder;
  log: Logger;
}

export function atkomstloggPlugin<Context extends AtkomstloggContext>(db: () => Kysely<any>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.atkomstlogg.operationName = operationName ?? null;
        },
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.atkomstlogg.flush(db());
          } catch (error) {
            const unavailable = databaseUnavailableReason(error);
            if (unavailable) contextValue.log.warn('the access log could not be written: the database is unavailable; the answer is withheld', { reason: unavailable });
            else contextValue.log.error('the access log could not be written; the answer is withheld', { error });
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [unavailable ? databaseUnavailableError(unavailable) : { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              },
            };
          }
        },
      };
    },
  };
}
