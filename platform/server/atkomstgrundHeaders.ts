// The access ground a request attests in its headers (x-samsyn-atkomstgrund, x-samsyn-nodatkomst-anledning):
// the gateway refuses a malformed one before it plans, every subgraph reads it into its request context.
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { parseAtkomstgrund, type Atkomstgrund } from '../auth/atkomstgrund.js';
import { requestError } from '../errors/samsynError.js';
import { headerValue } from './graphqlHttpServer.js';

/** The attested access ground of a request; a malformed one refuses the whole request (HTTP 400). */
export function atkomstgrundFromHeaders(request: IncomingMessage): Atkomstgrund | null {
  try {
    return parseAtkomstgrund(headerValue(request, 'x-samsyn-atkomstgrund'), headerValue(request, 'x-samsyn-nodatkomst-anledning'));
  } catch (error) {
    if (error instanceof GraphQLError) throw requestError('BAD_USER_INPUT', error.message, { reason: error.extensions['reason'], field: error.extensions['field'] });
    throw error;
  }
}
