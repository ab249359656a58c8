// Who sends the benchmark's requests: token requests (claims) for the realistic
// sender of each workload, built from HSA-ids of the synthetic world.
import type { TokenRequest } from '../../../platform/auth/developmentIssuer.js';
import { developmentHsaPrefix } from '../../../platform/auth/developmentIdentity.js';

/** Serial HSA-id `<prefix>-<kind><12 digits>` of a person or unit at a huvudman. */
export function serialHsaId(huvudman: string, kind: 'E' | 'P', serial: number): string {
  return `${developmentHsaPrefix(huvudman)}-${kind}${String(serial).padStart(12, '0')}`;
}

/** A läkare or nurse at a vårdcentral of the region, acting for that vårdcentral. */
export function regionVardpersonal(vardcentralHsaId: string, employeeHsaId: string): TokenRequest {
  return { roles: ['vardpersonal'], huvudman: 'VGR', organisationHsaId: vardcentralHsaId, employeeHsaId };
}

/** The n-th member (1, 2, …) of a kommun's NOSAM group: a different person each. */
export function kommunNosamMember(kommunkod: string, n: number): TokenRequest {
  return { roles: ['nosam'], huvudman: kommunkod, organisationHsaId: serialHsaId(kommunkod, 'E', 1), employeeHsaId: serialHsaId(kommunkod, 'P', n) };
}

/** A kommun's integration (system client) reading patients, e.g. subject `integration-1480`. */
export function kommunPatientIntegration(kommunkod: string): TokenRequest {
  return {
    roles: ['system'],
    huvudman: kommunkod,
    organisationHsaId: serialHsaId(kommunkod, 'E', 1),
    subject: `integration-${kommunkod}`,
    scopes: ['patient:read'],
  };
}

/** The n-th analyst (1, 2, …) of the region. */
export function regionAnalytiker(n: number): TokenRequest {
  return { roles: ['analytiker'], huvudman: 'VGR', organisationHsaId: serialHsaId('VGR', 'E', 1), employeeHsaId: serialHsaId('VGR', 'P', 900 + n) };
}

/** Vårdpersonal of a kommun reporting for a unit of that kommun (`SE212000<kommunkod>-…`). */
export function kommunVardpersonal(kommunkod: string, enhetHsaId: string, n: number): TokenRequest {
  return { roles: ['vardpersonal'], huvudman: kommunkod, organisationHsaId: enhetHsaId, employeeHsaId: serialHsaId(kommunkod, 'P', 500 + n) };
}
