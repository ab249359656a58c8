// Serves a subgraph's own schema through Apollo Server's gateway hook so that operations run as graphql-jit
// compiled queries instead of through graphql-js's interpreter. Apollo Server still parses, validates and runs
// every plugin; only execution changes: graphql-js completes a large answer field by field (argument maps, paths and
// promise checks for every field).
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { apolloGraphql } from '../../../platform/schema/apolloGraphql.js';

// Coercing against the subgraph's schema and building errors Apollo Server recognises need Apollo's copy of graphql.
const { getVariableValues, GraphQLError: ApolloGraphQLError } = apolloGraphql;

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Apollo Server's document store hands out the same parsed document for the same text, so compiled queries are
 * kept per document (and per operation name within it) and dropped with it.
 */
export function createCompiledQueryCache(schema: GraphQLSchema): (document: DocumentNode, operationName: string | null) => CompiledQuery | ExecutionResult {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | ExecutionResult>>();
  return (document, operationName) => {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiledByDocument.set(document, byOperation);
    }
    let compiled = byOperation.get(operationName);
    if (!compiled) {
      compiled = compileQuery(schema, document, operationName ?? undefined);
      byOperation.set(operationName, compiled);
    }
    return compiled;
  };
}

/** The `gateway` option for an Apollo Server that serves `schema` itself, executing with compiled queries. */
export function compiledQueryGateway(schema: GraphQLSchema): GatewayInterface {
  const compiledQuery = createCompiledQueryCache(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async (requestContext) => {
          const compiled = compiledQuery(requestContext.document, requestContext.operationName);
          // A document that cannot be compiled (graphql-jit reports why as errors) cannot be executed either.
          if (!isCompiledQuery(compiled)) return compiled;
          // graphql-jit's own variable coercion leaves out input fields' default values and words its errors
          // differently, so variables are coerced as graphql-js does first. Our scalars and enums parse to what
          // they were given, so graphql-jit coercing the result again changes nothing.
          const coerced = getVariableValues(schema, requestContext.operation.variableDefinitions ?? [], requestContext.request.variables ?? {});
          if (coerced.errors) return { errors: coerced.errors };
          const result = await compiled.query(undefined, requestContext.context, coerced.coerced);
          return result.errors ? { ...result, errors: result.errors.map(asApolloGraphQLError) } : result;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit reports resolver errors as its own GraphQLError look-alike, whose `extensions` is undefined when the
 * thrown error had none; Apollo Server's error formatting then fails and answers "Internal server error" without
 * a path. Rebuilt as the GraphQLError Apollo Server itself uses, the error keeps its message, path, locations,
 * extensions and the thrown error, as graphql-js's located errors do.
 */
function asApolloGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new ApolloGraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? {} });
  if (error.locations) (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
