import { describe, expect, it } from 'vitest';
import { uniqueRepresentations } from './uniqueRepresentations.js';

const query = 'query Q($representations:[_Any!]!){_entities(representations:$representations){...on Vardcentral{namn lakare{namn}}}}';
const vardcentral = (hsaId: string) => ({ __typename: 'Vardcentral', hsaId });

describe('uniqueRepresentations', () => {
  it('sends each representation once and answers every occurrence, each with its own copy', () => {
    const request = { query, variables: { representations: [vardcentral('A'), vardcentral('B'), vardcentral('A'), vardcentral('A')] } };
    const unique = uniqueRepresentations(request)!;
    expect(unique.request.variables!['representations']).toEqual([vardcentral('A'), vardcentral('B')]);
    const answer = unique.expand({ data: { _entities: [{ namn: 'Angered', lakare: [{ namn: 'Holm' }] }, { namn: 'Biskopsgården', lakare: [] }] } });
    const entities = answer.data!['_entities'] as { namn: string; lakare: { namn: string }[] }[];
    expect(entities.map((entity) => entity.namn)).toEqual(['Angered', 'Biskopsgården', 'Angered', 'Angered']);
    expect(entities[2]).toEqual(entities[0]);
    // No two occurrences share an object the executor would merge later fetches into.
    expect(entities[2]).not.toBe(entities[0]);
    expect(entities[3]!.lakare[0]).not.toBe(entities[0]!.lakare[0]);
  });

  it('gives an entity’s error to each of its occurrences, at its own position', () => {
    const unique = uniqueRepresentations({ query, variables: { representations: [vardcentral('A'), vardcentral('B'), vardcentral('B')] } })!;
    const refused = { message: 'refused', path: ['_entities', 1, 'namn'], extensions: { code: 'FORBIDDEN' } };
    const whole = { message: 'whole request' };
    const answer = unique.expand({ data: { _entities: [{ namn: 'Angered' }, null] }, errors: [refused, whole] });
    expect(answer.data!['_entities']).toEqual([{ namn: 'Angered' }, null, null]);
    expect(answer.errors).toEqual([
      { ...refused, path: ['_entities', 1, 'namn'] },
      { ...refused, path: ['_entities', 2, 'namn'] },
      whole,
    ]);
  });

  it('leaves a fetch without repeats, and one that is no entity fetch, as it is', () => {
    expect(uniqueRepresentations({ query, variables: { representations: [vardcentral('A'), vardcentral('B')] } })).toBeNull();
    expect(uniqueRepresentations({ query: '{ naromrade(id: "x") { id } }', variables: {} })).toBeNull();
    expect(uniqueRepresentations({ query, variables: { id: 'A' } })).toBeNull();
  });

  it('hands an answer of the wrong length on unchanged, for the executor to report', () => {
    const unique = uniqueRepresentations({ query, variables: { representations: [vardcentral('A'), vardcentral('A')] } })!;
    const wrong = { data: { _entities: [{ namn: 'Angered' }, { namn: 'extra' }] } };
    expect(unique.expand(wrong)).toBe(wrong);
  });
});
