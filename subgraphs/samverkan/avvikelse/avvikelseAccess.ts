// Who may read and report avvikelser i samverkan. Reading the list (what
// happened, where, between whom) is open to every user role and to system
// clients with `avvikelse:read`; the patient an avvikelse concerns is decided
// separately, per avvikelse, in loaders/patientDataLoaders.ts. Reporting is for
// vårdpersonal and system clients with `avvikelse:write`, each for its own huvudman only.
import type { Identity } from '../../../platform/auth/Identity.js';
import { forbidden, type AccessRequirement } from '../../../platform/auth/requireAccess.js';

export const readAvvikelser: AccessRequirement = { roles: ['vardpersonal', 'nosam', 'analytiker', 'granskare'], systemScope: 'avvikelse:read' };

export const reportAvvikelser: AccessRequirement = { roles: ['vardpersonal'], systemScope: 'avvikelse:write' };

/** Workflow steps (hanteraAvvikelse): the same roles; which side may take which step is avvikelseTransition.ts's rule. */
export const handleAvvikelser: AccessRequirement = reportAvvikelser;

/** A unit reports for its own huvudman only. */
export function requireReportingForOwnHuvudman(identity: Identity, rapporterandeHuvudman: string): void {
  if (rapporterandeHuvudman !== identity.huvudman) {
    throw forbidden(`You act for huvudman ${identity.huvudman} and may report avvikelser only as that huvudman ("input.rapporterandeHuvudman").`);
  }
}
