// `Query.patient` lives in the gateway rather than in one huvudman's subgraph,
// so that the patient picture does not depend on any one huvudman being up:
// each of vgr, kommun and samverkan contributes its part through `_entities`,
// and each judges the reader's access to its own data. `Query.loggutdrag` is
// the same for a patient's log extract, an entity of its own so that a
// granskare reads who saw the patient's data without opening the patient.
import { loggutdragReference } from '../../../platform/atkomstlogg/loggutdrag.js';
import { requireAccess } from '../../../platform/auth/requireAccess.js';
import { parsePatientId, patientIdProblem } from '../../../platform/identifiers/patientId.js';
import type { Resolvers } from '../generated/resolvers.js';
import { sparradInformationFinns } from './sparradInformationFinns.js';

export const entryResolvers: Resolvers = {
  Query: {
    patient: (_parent, { id }, { identity }) => {
      // Only roles that read patient data get a patient (and so its personnummer) back at all.
      requireAccess(identity, { roles: ['vardpersonal'], systemScope: 'patient:read' }, 'open a patient');
      return { id: parsePatientId(id, 'id') };
    },
    loggutdrag: (_parent, { patientId }, { identity }) => {
      // The extract shows log rows, not the record: granskare and the extract service may ask; each huvudman judges its part.
      requireAccess(identity, { roles: ['granskare'], systemScope: 'loggutdrag:read' }, "read a patient's log extract");
      return { patientId: parsePatientId(patientId, 'patientId') };
    },
  },
  Patient: {
    __resolveReference: (reference) => (patientIdProblem(reference.id) === null ? reference : null),
    sparradInformationFinns: (patient) => sparradInformationFinns(patient.harSparradRegioninformation, patient.harSparradKommuninformation),
  },
  Loggutdrag: {
    __resolveReference: loggutdragReference,
  },
};
