import { describe, expect, it } from 'vitest';
import { buildSchema, graphql, parse, validate } from 'graphql';
import { mergeQueries, type QueryRequest } from './mergedQuery.js';

const vardcentralNames: QueryRequest = {
  query: 'query Vy__vgr__2($representations:[_Any!]!){_entities(representations:$representations){...on Vardcentral{namn}}}',
  variables: { representations: [{ __typename: 'Vardcentral', hsaId: 'SE1' }] },
  operationName: 'Vy__vgr__2',
};
const lakareNames: QueryRequest = {
  query: 'query Vy__vgr__3($representations:[_Any!]!){_entities(representations:$representations){...on Lakare{namn}}}',
  variables: { representations: [{ __typename: 'Lakare', hsaId: 'SE9' }] },
  operationName: 'Vy__vgr__3',
};

describe('mergeQueries', () => {
  it('gives each query its own variables and root fields, under a prefix', () => {
    const merged = mergeQueries([vardcentralNames, lakareNames])!;
    expect(merged.request.variables).toEqual({
      _0_representations: vardcentralNames.variables!['representations'],
      _1_representations: lakareNames.variables!['representations'],
    });
    const document = parse(merged.request.query);
    expect(document.definitions).toHaveLength(1);
    expect(merged.request.query).toContain('_0__entities: _entities(representations: $_0_representations)');
    expect(merged.request.query).toContain('_1__entities: _entities(representations: $_1_representations)');
    expect(merged.request.operationName).toBe('Vy__vgr__2__merged_2');
  });

  it('answers each query with its own part of the answer, its errors on its own paths', () => {
    const merged = mergeQueries([vardcentralNames, lakareNames])!;
    const parts = merged.split({
      data: { _0__entities: [{ namn: 'Vårdcentralen Majorna' }], _1__entities: [null] },
      errors: [{ message: 'refused', path: ['_1__entities', 0, 'namn'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(parts).toEqual([
      { data: { _entities: [{ namn: 'Vårdcentralen Majorna' }] } },
      { data: { _entities: [null] }, errors: [{ message: 'refused', path: ['_entities', 0, 'namn'], extensions: { code: 'FORBIDDEN' } }] },
    ]);
  });

  it('gives an error of the whole request, and a missing answer, to every query', () => {
    const merged = mergeQueries([vardcentralNames, lakareNames])!;
    const whole = { message: 'Variable "$_0_representations" got invalid value', extensions: { code: 'BAD_USER_INPUT' } };
    expect(merged.split({ errors: [whole] })).toEqual([{ errors: [whole] }, { errors: [whole] }]);
    expect(merged.split({ data: null, errors: [whole] })).toEqual([{ data: null, errors: [whole] }, { data: null, errors: [whole] }]);
  });

  it('keeps fragments and aliases apart when two queries use the same names', () => {
    const withFragment = (type: string): QueryRequest => ({
      query: `query Q($id: ID!, $representations: [_Any!]!) { a: _entities(representations: $representations) { ...F } naromrade(id: $id) { id } } fragment F on ${type} { namn }`,
      variables: { id: type, representations: [] },
    });
    const merged = mergeQueries([withFragment('Vardcentral'), withFragment('Lakare')])!;
    // Valid against a schema that has both: each fragment name, variable and response name once.
    const schema = buildSchema(`
      scalar _Any
      type Vardcentral { namn: String }
      type Lakare { namn: String }
      union _Entity = Vardcentral | Lakare
      type Naromrade { id: ID }
      type Query { _entities(representations: [_Any!]!): [_Entity]! naromrade(id: ID!): Naromrade }
    `);
    expect(validate(schema, parse(merged.request.query))).toEqual([]);
    expect(merged.request.variables).toEqual({ _0_id: 'Vardcentral', _0_representations: [], _1_id: 'Lakare', _1_representations: [] });
    expect(merged.split({ data: { _0_a: [], _0_naromrade: { id: '1' }, _1_a: [], _1_naromrade: null } })).toEqual([
      { data: { a: [], naromrade: { id: '1' } } },
      { data: { a: [], naromrade: null } },
    ]);
  });

  it('answers as the queries one by one would, executed against a schema', async () => {
    const schema = buildSchema('type Query { hello(name: String!): String, count: Int }');
    const rootValue = { hello: ({ name }: { name: string }) => `hej ${name}`, count: () => 3 };
    const requests: QueryRequest[] = [
      { query: 'query A($name: String!) { hello(name: $name) }', variables: { name: 'Anna' } },
      { query: 'query B($name: String!) { greeting: hello(name: $name) count }', variables: { name: 'Bo' } },
    ];
    const merged = mergeQueries(requests)!;
    const answer = await graphql({ schema, rootValue, source: merged.request.query, variableValues: merged.request.variables, operationName: merged.request.operationName });
    const oneByOne = await Promise.all(requests.map((request) => graphql({ schema, rootValue, source: request.query!, variableValues: request.variables })));
    expect(merged.split(answer as never)).toEqual(oneByOne.map((result) => ({ data: result.data })));
  });

  it('does not merge a mutation, a document of several operations, a root fragment or an unreadable query', () => {
    const cases = [
      'mutation M { rapportera { id } }',
      'query A { a } query B { b }',
      'query A { ...F } fragment F on Query { a }',
      'query A {',
    ];
    for (const query of cases) expect(mergeQueries([vardcentralNames, { query }]), query).toBeNull();
    expect(mergeQueries([vardcentralNames, { ...lakareNames, operationName: 'Other' }])).toBeNull();
    expect(mergeQueries([vardcentralNames])).toBeNull();
  });
});
