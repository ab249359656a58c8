import { describe, expect, it } from 'vitest';
import { oneErrorPerUnavailableSubgraph } from './oneErrorPerUnavailableSubgraph.js';

const unavailable = (subgraph: string, path?: (string | number)[]) => ({
  message: `The data of ${subgraph} is unavailable right now; that part of the answer is missing.`,
  ...(path ? { path } : {}),
  extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph, huvudman: subgraph },
});

describe('oneErrorPerUnavailableSubgraph', () => {
  it('keeps one SUBGRAPH_UNAVAILABLE per subgraph, in the order they came', () => {
    const errors = [unavailable('kommun'), unavailable('vgr'), unavailable('kommun'), unavailable('kommun'), unavailable('vgr')];
    expect(oneErrorPerUnavailableSubgraph(errors)).toEqual([unavailable('kommun'), unavailable('vgr')]);
  });

  it('leaves every other error as it is, repeated or not', () => {
    const refused = { message: 'Samtycke saknas.', path: ['patient', 'hemsjukvard'], extensions: { code: 'ATKOMSTGRUND_SAKNAS' } };
    const errors = [refused, unavailable('samverkan'), refused, unavailable('samverkan')];
    expect(oneErrorPerUnavailableSubgraph(errors)).toEqual([refused, unavailable('samverkan'), refused]);
  });

  it('keeps the path when every repeat was at the same place, and drops it when they were at several', () => {
    const samePlace = [unavailable('kommun', ['naromrade', 'boenden']), unavailable('kommun', ['naromrade', 'boenden'])];
    expect(oneErrorPerUnavailableSubgraph(samePlace)).toEqual([unavailable('kommun', ['naromrade', 'boenden'])]);
    const places = [unavailable('kommun', ['naromrade', 'boenden']), unavailable('kommun', ['naromrade', 'kommun'])];
    expect(oneErrorPerUnavailableSubgraph(places)).toEqual([unavailable('kommun')]);
  });

  it('gives back an answer without errors unchanged', () => {
    expect(oneErrorPerUnavailableSubgraph([])).toEqual([]);
  });
});
