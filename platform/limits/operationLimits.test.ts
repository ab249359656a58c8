// The measures and refusals of the operation limits, over a small schema shaped like Samsyn's (kommuner and their
// närområden, each pointing back at its kommun, and a paged connection).
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../config/environment.js';
import { apolloGraphql } from '../schema/apolloGraphql.js';
import { countTokens, mayExceedTokens } from './countTokens.js';
import { documentLimitRules, measureDocument } from './documentMeasures.js';
import { limitMessage } from './limitExceeded.js';
import { listSizesFromSdl } from './listSizes.js';
import { createCostCalculator } from './operationCost.js';
import { defaultOperationLimits, readOperationLimits, readSubgraphOperationLimits } from './operationLimits.js';

const { buildSchema, getIntrospectionQuery, parse, validate } = apolloGraphql;

const sdl = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    kommuner: [Kommun!]! @listSize(assumedSize: 49)
    kommun(kod: ID!): Kommun
    avvikelser(first: Int = 20): AvvikelseConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    _entities(representations: [String!]!): [Kommun]!
    otaggad: [Kommun!]!
  }
  type Mutation { rapportera(text: String!): Kommun }
  type Kommun { kod: ID! namn: String naromraden: [Naromrade!]! @listSize(assumedSize: 10) }
  type Naromrade { id: ID! kommun: Kommun! }
  type AvvikelseConnection { totalCount: Int! edges: [AvvikelseEdge!]! }
  type AvvikelseEdge { node: Kommun! }
`;
const schema = buildSchema(sdl);
const listSizes = listSizesFromSdl(parse(sdl));
const cost = createCostCalculator({ listSizes, defaultListSize: 7 });
const costOf = (query: string, variables: Record<string, unknown> = {}) => cost({ schema, document: parse(query), operationName: null, variables });

describe('listSizesFromSdl', () => {
  it("reads @listSize's assumed sizes and slicing arguments, and which child lists a slice sizes", () => {
    expect(listSizes.fields.get('Query.kommuner')).toEqual({ assumedSize: 49, slicingArguments: [] });
    expect(listSizes.fields.get('Query.avvikelser')).toEqual({ assumedSize: null, slicingArguments: ['first'] });
    expect([...listSizes.sizedByParent]).toEqual(['AvvikelseConnection.edges']);
    expect(listSizes.fields.has('Query.otaggad')).toBe(false);
  });
});

describe('the list fan-out cost', () => {
  it('counts an object 1 and a scalar 0, and multiplies a list by its size', () => {
    expect(costOf('{ kommun(kod: "1480") { kod namn } }')).toBe(1);
    expect(costOf('{ kommuner { kod } }')).toBe(49);
    expect(costOf('{ kommuner { kod naromraden { id } } }')).toBe(49 * (1 + 10));
  });

  it('multiplies nested lists, so the amplifying query of the review costs millions before anything runs', () => {
    const levels = (depth: number) => 'naromraden { kommun { '.repeat(depth) + 'kod' + ' } }'.repeat(depth);
    const twelve = costOf(`{ kommun(kod: "1480") { ${levels(6)} } }`);
    expect(twelve).toBeGreaterThan(1_000_000);
    expect(twelve).toBeGreaterThan(10 * costOf(`{ kommun(kod: "1480") { ${levels(5)} } }`));
  });

  it('sizes a connection by its slice, variables included, and counts its edges once', () => {
    expect(costOf('{ avvikelser { totalCount edges { node { kod } } } }')).toBe(20 * (1 + 1 + 1));
    expect(costOf('query ($n: Int) { avvikelser(first: $n) { edges { node { kod } } } }', { n: 100 })).toBe(100 * 3);
  });

  it('counts _entities by the representations given, an undeclared list by the default, and a mutation 10', () => {
    expect(costOf('query ($r: [String!]!) { _entities(representations: $r) { kod } }', { r: ['a', 'b', 'c'] })).toBe(3);
    expect(costOf('{ otaggad { kod } }')).toBe(7);
    expect(costOf('mutation { rapportera(text: "x") { kod } }')).toBe(10);
  });

  it('leaves introspection out, as a development tool asks for the whole schema (production turns it off)', () => {
    expect(costOf(getIntrospectionQuery())).toBe(0);
    expect(costOf('{ __typename kommuner { __typename kod } }')).toBe(49);
  });

  it('adds up aliases, and expands fragments (stopping at a cap instead of expanding a fragment bomb)', () => {
    expect(costOf(`{ ${Array.from({ length: 100 }, (_, index) => `k${index}: kommuner { kod }`).join(' ')} }`)).toBe(4900);
    const bomb = ['query { ...F0 }', ...Array.from({ length: 30 }, (_, index) => `fragment F${index} on Query { a: kommuner { ...F${index + 1} } b: kommuner { ...F${index + 1} } }`), 'fragment F30 on Query { kommuner { kod } }'].join('\n');
    expect(() => costOf(bomb)).toThrow(/maximum allowed number of nodes/);
  });
});

describe('the document measures (GraphQL Armor)', () => {
  it('measures depth with fragments flattened, aliases and directives', () => {
    const document = parse('query ($x: Boolean!) { a: kommuner { ... on Kommun { naromraden @include(if: $x) { kommun { kod } } } } b: kommun(kod: "1") { kod } }');
    expect(measureDocument(schema, document)).toEqual({ depth: 4, aliases: 2, directives: 1 });
  });

  it('lets a development tool’s introspection query through (Armor leaves __schema out of the depth)', () => {
    const measured = measureDocument(schema, parse(getIntrospectionQuery()));
    expect(measured.depth).toBeLessThanOrEqual(defaultOperationLimits.maxDepth);
    expect(measured.aliases).toBe(0);
    expect(countTokens(getIntrospectionQuery())!).toBeLessThanOrEqual(defaultOperationLimits.maxTokens);
  });

  it('counts a fragment used many times once, so a fragment bomb is measured at once', () => {
    const bomb = ['query { ...F0 }', ...Array.from({ length: 40 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`), 'fragment F40 on Query { kommuner { kod } }'].join('\n');
    const started = performance.now();
    expect(measureDocument(schema, parse(bomb)).depth).toBe(2);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses with Samsyn’s code, the measured value and the limit', () => {
    const rules = documentLimitRules({ maxDepth: 3, maxAliases: 1, maxDirectives: 0 });
    const errors = validate(schema, parse('{ a: kommuner { naromraden { kommun { kod @skip(if: false) } } } b: kommuner { kod } }'), rules);
    expect(errors.map((error) => error.extensions)).toEqual([
      { samsynCode: 'QUERY_TOO_DEEP', measured: 4, limit: 3 },
      { samsynCode: 'QUERY_TOO_MANY_ALIASES', measured: 2, limit: 1 },
      { samsynCode: 'QUERY_TOO_MANY_DIRECTIVES', measured: 1, limit: 0 },
    ]);
    expect(errors[0]!.message).toBe('Fields are nested 4 levels deep; at most 3 are allowed (SAMSYN_MAX_DEPTH). Ask for less, or split the operation.');
  });
});

describe('countTokens', () => {
  it('counts what the parser would read, and says when text cannot be lexed', () => {
    expect(countTokens('{ kommuner { kod } }')).toBe(6);
    expect(countTokens('query Q($id: ID!) { kommun(kod: $id) { namn } } # comment')).toBe(21);
    expect(countTokens('{ "unterminated }')).toBeNull();
    expect(mayExceedTokens('{ a }', 5)).toBe(false);
    expect(mayExceedTokens('{ abcdef }', 5)).toBe(true);
  });
});

describe('the limits configuration', () => {
  it('has defaults, reads each setting, and stops the start on a value out of range, naming it', () => {
    expect(readOperationLimits({})).toEqual(defaultOperationLimits);
    expect(readOperationLimits({ SAMSYN_MAX_COST: '5000' }).maxCost).toBe(5000);
    expect(() => readOperationLimits({ SAMSYN_MAX_DEPTH: '0' })).toThrow(ConfigurationError);
    expect(() => readOperationLimits({ SAMSYN_MAX_TOKENS: 'many' })).toThrow(/SAMSYN_MAX_TOKENS/);
  });

  it('gives a subgraph twice each operation limit, and the same answer size', () => {
    const subgraph = readSubgraphOperationLimits({});
    expect(subgraph.maxDepth).toBe(2 * defaultOperationLimits.maxDepth);
    expect(subgraph.maxCost).toBe(2 * defaultOperationLimits.maxCost);
    expect(subgraph.maxAnswerBytes).toBe(defaultOperationLimits.maxAnswerBytes);
  });

  it('words a refusal with both figures and the setting', () => {
    expect(limitMessage('QUERY_TOO_COMPLEX', 1_234_567, 200_000)).toBe(
      "The operation's estimated cost is 1,234,567 (an object 1, a list's selection times its size); at most 200,000 is allowed (SAMSYN_MAX_COST). Ask for less, or split the operation.",
    );
  });
});
