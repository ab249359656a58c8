// The synthetic unit and user a development token acts as, when only a role
// and a huvudman are chosen (`npm run token`, the web application's
// development login). Never used with a real IdP.
import type { TokenRequest } from './developmentIssuer.js';
import type { Role } from './roles.js';

/** The HSA-id prefix of a huvudman's synthetic units and users. */
export function developmentHsaPrefix(huvudman: string): string {
  return huvudman === 'VGR' ? 'SE2321000131' : `SE212000${huvudman}`;
}

export function developmentTokenRequest(roles: Role[], huvudman: string): TokenRequest {
  const prefix = developmentHsaPrefix(huvudman);
  const isSystem = roles.includes('system');
  return {
    roles,
    huvudman,
    organisationHsaId: `${prefix}-E000000000001`,
    ...(isSystem ? { subject: 'samsyn-dev-system-client' } : { employeeHsaId: `${prefix}-P000000000001` }),
  };
}
