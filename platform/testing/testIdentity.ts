// Identities for the tests of any service: the gateway's entry subgraph's as well as the subgraphs'.
import type { Identity } from '../auth/Identity.js';

/** A verified identity for tests: by default vårdpersonal of the region at a vårdcentral. */
export function testIdentity(overrides: Partial<Identity> = {}): Identity {
  return {
    subject: 'SE2321000131-P000000099999',
    employeeHsaId: 'SE2321000131-P000000099999',
    organisationHsaId: 'SE2321000131-E000000000001',
    huvudman: 'VGR',
    roles: ['vardpersonal'],
    scopes: [],
    ...overrides,
  };
}
