// The executor's Operation is built once per parsed operation and schema, and
// every other kind of call still gets a fresh one.
import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { reusingOperationFromDocument } from './reuseOperations.js';

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const apiSchema = Supergraph.build(supergraphSdl).apiSchema();

const parsed = parse(`
  query Vy($id: ID!) { naromrade(id: $id) { ...Namn boenden { id } } }
  fragment Namn on Naromrade { id namn }
`);
const [operationDefinition, ...fragments] = parsed.definitions;

/** The document the executor builds on every request: the operation and the document's fragments. */
const executorDocument = () => ({ kind: parsed.kind, definitions: [operationDefinition!, ...fragments] });

describe('reusingOperationFromDocument', () => {
  it('builds the executor’s Operation once for a parsed operation, and it is the one built from scratch', () => {
    const build = vi.fn(operationFromDocument);
    const reusing = reusingOperationFromDocument(build);
    const first = reusing(apiSchema, executorDocument(), { validate: false });
    const second = reusing(apiSchema, executorDocument(), { validate: false });
    expect(second === first).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
    expect(first.toString()).toBe(operationFromDocument(apiSchema, executorDocument(), { validate: false }).toString());
  });

  it('builds anew for another parse of the same text, another schema, or another kind of call', () => {
    const build = vi.fn(operationFromDocument);
    const reusing = reusingOperationFromDocument(build);
    const first = reusing(apiSchema, executorDocument(), { validate: false });
    const reparsed = parse(`query Vy($id: ID!) { naromrade(id: $id) { id } }`);
    expect(reusing(apiSchema, reparsed, { validate: false }) === first).toBe(false);
    const otherSchema = Supergraph.build(supergraphSdl).apiSchema();
    expect(reusing(otherSchema, executorDocument(), { validate: false }) === first).toBe(false);
    expect(reusing(apiSchema, executorDocument(), { validate: false, operationName: 'Vy' }) === first).toBe(false);
    expect(reusing(apiSchema, executorDocument()) === first).toBe(false);
    expect(build).toHaveBeenCalledTimes(5);
  });
});
