// Composes the subgraph SDLs into the supergraph the gateway serves, with
// Apollo's own composition, so the result also loads in Apollo/Hive Router.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphList } from './subgraphList.js';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const supergraphPath = `${projectRoot}schema/supergraph.graphql`;
/** The API schema: what clients see (no join directives, no @inaccessible fields); codegen and the offline explorer read it. */
export const apiSchemaPath = `${projectRoot}schema/api.graphql`;

// The API schema is a graphql-js schema built by the composition's CommonJS copy of graphql; print it with
// that same copy (a bundler such as vitest's may load graphql's ESM build for our imports: another "realm").
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export type CompositionResult = { ok: true; supergraphSdl: string; apiSchemaSdl: string } | { ok: false; errors: string[] };

export function composeSupergraph(): CompositionResult {
  const result = composeServices(
    subgraphList.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.defaultUrl,
      typeDefs: parse(readFileSync(`${projectRoot}${subgraph.schemaFile}`, 'utf8')),
    })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((error) => error.message) };
  const apiSchemaSdl = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, apiSchemaSdl: `${apiSchemaSdl.trimEnd()}\n` };
}
