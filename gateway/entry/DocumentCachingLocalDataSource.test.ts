// The in-process entry subgraph answers as graphql() would, while parsing and
// validating each fetch text only once.
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type DocumentNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DocumentCachingLocalDataSource, parseAndValidate } from './DocumentCachingLocalDataSource.js';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      halsning: {
        type: GraphQLString,
        args: { namn: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: (_source, args: { namn: string }, context: { huvudman: string }) => `Hej ${args.namn} från ${context.huvudman}`,
      },
    },
  }),
});

function run(source: DocumentCachingLocalDataSource<{ huvudman: string }>, query: string, variables: Record<string, unknown>, huvudman = 'VGR') {
  return source.process({ kind: 'incoming operation' as never, request: { query, variables }, context: { huvudman }, incomingRequestContext: {} as never, document: undefined as unknown as DocumentNode });
}

describe('DocumentCachingLocalDataSource', () => {
  it('answers each fetch with its own variables and context', async () => {
    const source = new DocumentCachingLocalDataSource<{ huvudman: string }>(schema);
    const query = 'query ($namn: String!) { halsning(namn: $namn) }';
    expect(await run(source, query, { namn: 'Anna' })).toEqual({ data: { halsning: 'Hej Anna från VGR' } });
    expect(await run(source, query, { namn: 'Bo' }, '1480')).toEqual({ data: { halsning: 'Hej Bo från 1480' } });
  });

  it('validates a text once, however often it is fetched', async () => {
    const check = vi.fn(parseAndValidate);
    const source = new DocumentCachingLocalDataSource<{ huvudman: string }>(schema, { check, maxDocuments: 2 });
    const query = 'query Once($namn: String!) { halsning(namn: $namn) }';
    const answers = [];
    for (const namn of ['a', 'b', 'c']) answers.push(await run(source, query, { namn }));
    expect(answers.map((answer) => answer.data?.['halsning'])).toEqual(['Hej a från VGR', 'Hej b från VGR', 'Hej c från VGR']);
    expect(check).toHaveBeenCalledTimes(1);
    // More distinct texts than it keeps: it starts over, and still answers each.
    for (const text of ['{ a: halsning(namn: "x") }', '{ b: halsning(namn: "y") }', query]) expect((await run(source, text, { namn: 'd' })).errors).toBeUndefined();
    expect(check).toHaveBeenCalledTimes(4);
  });

  it('answers a syntax error, a validation error and a bad variable with errors, as graphql() does', async () => {
    const source = new DocumentCachingLocalDataSource<{ huvudman: string }>(schema);
    const syntax = await run(source, '{ halsning(', {});
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);
    const invalid = await run(source, '{ okant }', {});
    expect(invalid.errors?.[0]?.message).toMatch(/Cannot query field "okant"/);
    const badVariable = await run(source, 'query ($namn: String!) { halsning(namn: $namn) }', {});
    expect(badVariable.errors?.[0]?.message).toMatch(/\$namn/);
    expect(badVariable.data).toBeUndefined();
  });
});
