import { readFileSync } from 'node:fs';
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
});
