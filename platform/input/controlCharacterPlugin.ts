// Refuses, before anything executes, an operation whose strings hold a control character (controlCharacters.ts):
// BAD_USER_INPUT / TEXT_CONTROL_CHARACTER naming the field, HTTP 400. Installed in the gateway and in every
// subgraph (a subgraph is reachable on its own network too); the free-text validators check again where text is
// stored (freeText.ts).
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { requestError } from '../errors/samsynError.js';
import { controlCharacterMessage } from './controlCharacters.js';
import { findControlCharacterInOperation } from './operationControlCharacters.js';

export function controlCharacterPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  // One listener serves every request: it keeps no state.
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ document, request }) {
      const inOperation = findControlCharacterInOperation(document, request.variables);
      if (inOperation !== null) {
        throw requestError('BAD_USER_INPUT', controlCharacterMessage(inOperation.field, inOperation.found), { reason: 'TEXT_CONTROL_CHARACTER', field: inOperation.field });
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
