// The entry subgraph's own access rules, run through its executable schema:
// who may open a patient, and who may ask for a patient's log extract (the
// huvudmän's parts of it are tested in each subgraph and end to end).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../../platform/auth/Identity.js';
import { testIdentity } from '../../platform/testing/testIdentity.js';
import type { EntryContext } from './context.js';
import { buildEntrySchema } from './entrySchema.js';

// Through Apollo Server, as the other subgraph tests: vitest loads graphql's ESM build, @apollo/subgraph its CommonJS one.
const server = new ApolloServer<EntryContext>({ schema: buildEntrySchema(), plugins: [ApolloServerPluginInlineTraceDisabled()] });
beforeAll(() => server.start());
afterAll(() => server.stop());

const patientId = '191212121212';

async function run(query: string, identity: Identity, variables: Record<string, unknown> = {}) {
  const response = await server.executeOperation({ query, variables }, { contextValue: { identity } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const errors = response.body.singleResult.errors ?? [];
  return { data: response.body.singleResult.data, codes: errors.map((error) => error.extensions?.['code']), errors };
}

const loggutdrag = 'query ($id: ID!) { loggutdrag(patientId: $id) { patientId } }';
const patient = 'query ($id: ID!) { patient(id: $id) { id } }';
const granskareKommun = testIdentity({ roles: ['granskare'], huvudman: '1480' });
const granskareRegion = testIdentity({ roles: ['granskare'] });
const extractService = testIdentity({ employeeHsaId: null, roles: ['system'], scopes: ['loggutdrag:read'] });

describe('Query.loggutdrag', () => {
  it.each<[string, Identity]>([
    ['a kommun’s granskare', granskareKommun],
    ['the region’s granskare', granskareRegion],
    ['a system client with loggutdrag:read alone', extractService],
  ])('gives %s the extract’s key', async (_name, identity) => {
    expect(await run(loggutdrag, identity, { id: patientId })).toMatchObject({ data: { loggutdrag: { patientId } }, codes: [] });
  });

  it.each<[string, Identity]>([
    ['vårdpersonal', testIdentity()],
    ['nosam', testIdentity({ roles: ['nosam'] })],
    ['analytiker', testIdentity({ roles: ['analytiker'] })],
    ['a system client with patient:read and atkomstlogg:read', testIdentity({ roles: ['system'], scopes: ['patient:read', 'atkomstlogg:read'] })],
    ['a granskare’s scope without the system role', testIdentity({ roles: ['nosam'], scopes: ['loggutdrag:read'] })],
  ])('refuses %s with FORBIDDEN', async (_name, identity) => {
    expect(await run(loggutdrag, identity, { id: patientId })).toMatchObject({ data: { loggutdrag: null }, codes: ['FORBIDDEN'] });
  });

  it.each([['191212121213', 'PERSONNUMMER_INVALID'], ['19121212-1212', 'PERSONNUMMER_FORMAT']])(
    'refuses patientId "%s" with %s, without echoing it',
    async (id, reason) => {
      const outcome = await run(loggutdrag, granskareRegion, { id });
      expect(outcome.codes).toEqual(['BAD_USER_INPUT']);
      expect(outcome.errors[0]?.extensions).toMatchObject({ reason, field: 'patientId' });
      expect(outcome.errors[0]?.message).not.toContain(id);
    },
  );

  it('still refuses a granskare the patient itself', async () => {
    expect(await run(patient, granskareKommun, { id: patientId })).toMatchObject({ data: { patient: null }, codes: ['FORBIDDEN'] });
  });
});
