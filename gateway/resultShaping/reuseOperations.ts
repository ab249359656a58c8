// The gateway's query-plan executor turns the request's document into a federation Operation on every request,
// only to shape the response with it; for a document Apollo Server already holds parsed, that Operation is the
// same each time. This keeps one per operation definition and schema, so the executor and the compiled shaper
// (installCompiledResponseShaper.ts, which finds its plan by the Operation) skip that work on repeat requests.
import { createRequire } from 'node:module';
import type { Operation, Schema } from '@apollo/federation-internals';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

type OperationFromDocument = (schema: Schema, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => Operation;

interface OperationsModule {
  operationFromDocument: OperationFromDocument;
}

const require = createRequire(import.meta.url);

/** Installs the reuse in @apollo/federation-internals, which the executor looks up at every call. Idempotent. */
export function installOperationReuse(): void {
  const operations = require('@apollo/federation-internals/dist/operations.js') as OperationsModule & { [installed]?: true };
  if (operations[installed]) return;
  operations.operationFromDocument = reusingOperationFromDocument(operations.operationFromDocument);
  operations[installed] = true;
}

const installed = Symbol('samsyn operation reuse');

/**
 * `build` (operationFromDocument) with its answers kept for the executor's call: a document made of one
 * operation definition followed by that document's fragments, without validation and without an operation
 * name. Keyed by the operation definition node, which belongs to one parsed document (so to one set of
 * fragments); any other call is passed through.
 */
export function reusingOperationFromDocument(build: OperationFromDocument): OperationFromDocument {
  const bySchema = new WeakMap<Schema, WeakMap<OperationDefinitionNode, Operation>>();
  return (schema, document, options) => {
    const first = document.definitions[0];
    const reusable =
      options?.validate === false &&
      options.operationName === undefined &&
      first?.kind === Kind.OPERATION_DEFINITION &&
      document.definitions.slice(1).every((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    if (!reusable) return build(schema, document, options);
    let operations = bySchema.get(schema);
    if (!operations) {
      operations = new WeakMap();
      bySchema.set(schema, operations);
    }
    let operation = operations.get(first);
    if (!operation) {
      operation = build(schema, document, options);
      operations.set(first, operation);
    }
    return operation;
  };
}
