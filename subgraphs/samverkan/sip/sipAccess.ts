// Who may call the SIP operations at all: vårdpersonal only (no system
// client, whatever its scopes). Which SIPs a caller may change, and read, is
// decided per SIP in loaders/patientDataLoaders.ts.
import type { AccessRequirement } from '../../../platform/auth/requireAccess.js';

export const writeSipar: AccessRequirement = { roles: ['vardpersonal'] };

/** `forsenadeSipUppfoljningar`: a patient-level list, for vårdpersonal. */
export const readForsenadeSipar: AccessRequirement = { roles: ['vardpersonal'] };

/** `Naromrade.antalForsenadeSipUppfoljningar`: a withheld-when-small count, no patient in it, for every user role (the NOSAM agenda). */
export const countForsenadeSipar: AccessRequirement = { roles: ['vardpersonal', 'nosam', 'analytiker', 'granskare'] };
