// `Query.patient` lives in the gateway rather than in one huvudman's subgraph,
// so that the patient picture does not depend on any one huvudman being up:
// each of vgr, kommun and samverkan contributes its part through `_entities`.
import { parsePatientId, patientIdProblem } from '../../../subgraphs/common/identifiers/patientId.js';
import type { Resolvers } from '../generated/resolvers.js';

export const entryResolvers: Resolvers = {
  Query: {
    patient: (_parent, { id }) => ({ id: parsePatientId(id, 'id') }),
  },
  Patient: {
    __resolveReference: (reference) => (patientIdProblem(reference.id) === null ? { id: reference.id } : null),
  },
};
