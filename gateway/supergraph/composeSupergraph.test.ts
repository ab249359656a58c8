import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from './composeSupergraph.js';

describe('schema/supergraph.graphql', () => {
  it('composes from the subgraph SDLs and is committed as composed (run `npm run compose` when this fails)', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(readFileSync(supergraphPath, 'utf8')).toBe(result.supergraphSdl);
  });

  it('hides the internal pseudonym field from clients', () => {
    const result = composeSupergraph();
    expect(result.ok && result.supergraphSdl).toMatch(/regionensPatientpseudonymer: \[String!\] @inaccessible/);
  });
});
