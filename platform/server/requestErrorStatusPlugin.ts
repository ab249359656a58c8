// Apollo Server answers every refused GraphQL request 400; this plugin gives the answer GraphQL over HTTP's status for
// the media type it goes as (requestErrorStatus.ts). Listed before requestLogPlugin, whose line then has the status sent.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { requestErrorStatus } from './requestErrorStatus.js';
import { responseMediaType } from './graphqlMediaTypes.js';

export function requestErrorStatusPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        // Sets the status before its first await: the plugins after it see it when they are called.
        async willSendResponse({ request, response }) {
          // An operation run in-process (executeOperation) has no HTTP request, so no media type: it keeps Apollo's status.
          if (!request.http || response.http.status !== 400 || response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.['code'] ?? ''));
          response.http.status = requestErrorStatus(400, responseMediaType(request.http.headers.get('accept')), codes);
        },
      };
    },
  };
}
