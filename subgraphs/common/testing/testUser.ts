// A user of one huvudman for subgraph tests: a unit and an employee under the huvudman's organisation number.
import type { Identity } from '../../../platform/auth/Identity.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';

export function testUser(huvudman: string, roles: Identity['roles'] = ['vardpersonal']): Identity {
  const organisation = huvudman === 'VGR' ? 'SE2321000131-E000000000001' : `SE212000${huvudman}-E000000000001`;
  const employee = huvudman === 'VGR' ? 'SE2321000131-P000000000042' : `SE212000${huvudman}-P000000000042`;
  return testIdentity({ huvudman, roles, organisationHsaId: organisation, subject: employee, employeeHsaId: employee });
}
