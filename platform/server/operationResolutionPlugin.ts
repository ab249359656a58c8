// A request whose document does not say which operation to run, or asks for one Samsyn does not serve, is the
// client's mistake: HTTP 400 with a code of its own, never the executor's 500.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import { requestError } from '../errors/samsynError.js';

export function operationResolutionPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ operation, document, request }) {
      if (!operation) {
        const names = operationNames(document);
        if (request.operationName) {
          throw requestError('OPERATION_NOT_FOUND', `The document has no operation named "${request.operationName}"; it has ${describe(names)}.`, { operationName: request.operationName });
        }
        throw requestError('OPERATION_NAME_REQUIRED', `The document has ${names.length} operations (${describe(names)}); name the one to run in "operationName".`);
      }
      if (operation.operation === 'subscription') {
        throw requestError('OPERATION_TYPE_NOT_SUPPORTED', 'Samsyn serves queries and mutations, not subscriptions; poll with a query instead.');
      }
    },
  };
  return { requestDidStart: async () => listener };
}

function operationNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : []));
}

function describe(names: string[]): string {
  return names.length === 0 ? 'none' : names.map((name) => (name === '(anonymous)' ? name : `"${name}"`)).join(', ');
}
