import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, composeSupergraph, supergraphPath } from './composeSupergraph.js';

describe('schema/supergraph.graphql', () => {
  it('composes from the subgraph SDLs and is committed as composed (run `npm run compose` when this fails)', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(readFileSync(supergraphPath, 'utf8')).toBe(result.supergraphSdl);
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(result.apiSchemaSdl);
  });

  it('gives clients an API schema without federation internals', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error('composition failed');
    expect(result.apiSchemaSdl).toMatch(/^type Query \{/m);
    expect(result.apiSchemaSdl).not.toMatch(/join__|regionensPatientpseudonymer|@inaccessible/);
  });

  it('hides the internal pseudonym field from clients', () => {
    const result = composeSupergraph();
    expect(result.ok && result.supergraphSdl).toMatch(/regionensPatientpseudonymer: Patientpseudonymer @inaccessible/);
    expect(result.ok && result.supergraphSdl).toMatch(/^scalar Patientpseudonymer\n(.*\n)*?\s+@inaccessible/m);
    expect(result.ok && result.apiSchemaSdl).not.toMatch(/Patientpseudonymer/);
  });

  it('leads from a patient’s log extract to no part of the patient’s record, only to the reads', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error('composition failed');
    const reachable = typesReachableFrom(buildSchema(result.apiSchemaSdl), 'Loggutdrag');
    expect([...reachable].sort()).toEqual(['DateTime', 'ID', 'Lasning', 'Loggutdrag', 'String']);
  });
});

/** The names of every type a client can select its way to from `start`. */
function typesReachableFrom(schema: GraphQLSchema, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType | undefined): void => {
    if (type === undefined || seen.has(type.name)) return;
    seen.add(type.name);
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  visit(schema.getType(start) ?? undefined);
  return seen;
}
