// `Query.patient` lives in the gateway rather than in one huvudman's subgraph,
// so that the patient picture does not depend on any one huvudman being up:
// each of vgr, kommun and samverkan contributes its part through `_entities`,
// and each judges the reader's access to its own data.
import { requireAccess } from '../../../subgraphs/common/auth/requireAccess.js';
import { parsePatientId, patientIdProblem } from '../../../subgraphs/common/identifiers/patientId.js';
import type { Resolvers } from '../generated/resolvers.js';
import { sparradInformationFinns } from './sparradInformationFinns.js';

export const entryResolvers: Resolvers = {
  Query: {
    patient: (_parent, { id }, { identity }) => {
      // Only roles that read patient data get a patient (and so its personnummer) back at all.
      requireAccess(identity, { roles: ['vardpersonal'], systemScope: 'patient:read' }, 'open a patient');
      return { id: parsePatientId(id, 'id') };
    },
  },
  Patient: {
    __resolveReference: (reference) => (patientIdProblem(reference.id) === null ? reference : null),
    sparradInformationFinns: (patient) => sparradInformationFinns(patient.harSparradRegioninformation, patient.harSparradKommuninformation),
  },
};
