// Refuses an operation that selects a subgraph's internal surface (internalSurface.ts) unless the request
// proved it comes from the gateway: a caller on the subgraph's network still gets the public fields under
// the same access rules, but never `_entities`, `_service` or an @inaccessible field.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { requestError } from '../errors/samsynError.js';
import { internalCoordinates, selectedInternalCoordinates } from './internalSurface.js';

export interface GatewayProvenContext {
  /** True when the request carried the gateway's proof (gatewayProof.ts). */
  fromGateway: boolean;
}

export function gatewayOnlyPlugin<Context extends GatewayProvenContext>(sdl: DocumentNode): ApolloServerPlugin<Context> {
  const internal = internalCoordinates(sdl);
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ contextValue, document, schema }) {
      if (contextValue.fromGateway) return;
      const selected = selectedInternalCoordinates(schema, document, internal);
      if (selected.length === 0) return;
      throw requestError('FORBIDDEN', `${selected.join(', ')} ${selected.length === 1 ? 'is' : 'are'} answered to Samsyn's gateway only; send the operation to the gateway.`, {
        reason: 'GATEWAY_ONLY',
        fields: selected,
      });
    },
  };
  return { requestDidStart: async () => listener };
}
