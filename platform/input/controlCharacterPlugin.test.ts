import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlCharacterPlugin } from './controlCharacterPlugin.js';

const typeDefs = `
  input NotisInput { text: String!, taggar: [String!] }
  type Query { eko(text: String): String }
  type Mutation { skrivNotis(input: NotisInput!): String }
`;

const written: string[] = [];
const server = new ApolloServer({
  typeDefs,
  resolvers: {
    Query: { eko: (_parent: unknown, args: { text?: string }) => args.text ?? null },
    Mutation: {
      skrivNotis: (_parent: unknown, args: { input: { text: string } }) => {
        written.push(args.input.text);
        return 'ok';
      },
    },
  },
  plugins: [controlCharacterPlugin()],
});

beforeAll(async () => {
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

async function send(query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, ...response.body.singleResult };
}

describe('controlCharacterPlugin', () => {
  const skriv = 'mutation ($input: NotisInput!) { skrivNotis(input: $input) }';

  it.each([
    ['a NUL in a variable', skriv, { input: { text: 'a\u0000b' } }, 'input.text'],
    ['a C1 character in a list variable', skriv, { input: { text: 'ok', taggar: ['a', 'b\u0085'] } }, 'input.taggar[1]'],
    ['a lone surrogate in a variable', skriv, { input: { text: 'a\udc00' } }, 'input.text'],
    ['a NUL in a literal', 'mutation { skrivNotis(input: { text: "a\\u0000b" }) }', undefined, 'input.text'],
  ])('refuses %s with HTTP 400 and BAD_USER_INPUT naming the field, executing nothing', async (_name, query, variables, field) => {
    const before = written.length;
    const result = await send(query, variables);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_CONTROL_CHARACTER', field });
    expect(result.errors![0]!.message).toContain(`"${field}"`);
    expect(written).toHaveLength(before);
  });

  it('lets clean text through, tab and CRLF included', async () => {
    const result = await send(skriv, { input: { text: 'Rad ett\r\n\tRad två' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ skrivNotis: 'ok' });
    expect((await send('{ eko(text: "hej\\tdå") }')).data).toEqual({ eko: 'hej\tdå' });
  });
});
