// The compiled shaper and the pass-through replace functions inside @apollo/gateway's built files: both reproduce
// one release, the one their equivalence tests ran against, and under any other stay out.
import { createRequire } from 'node:module';
import type { Logger } from '../../platform/logging/logger.js';

/** The @apollo/gateway release whose resultShaping.js and executeQueryPlan.js the replacements were checked against. */
export const checkedGatewayVersion = '2.14.4';

const require = createRequire(import.meta.url);

export function installedGatewayVersion(): string {
  return (require('@apollo/gateway/package.json') as { version: string }).version;
}

/** Whether `what` may replace @apollo/gateway's functions here; if not, says so. */
export function isCheckedGatewayVersion(log: Logger, what: string): boolean {
  const version = installedGatewayVersion();
  if (version === checkedGatewayVersion) return true;
  log.warn(`@apollo/gateway is not the version the ${what} was checked against; left out`, { version, checked: checkedGatewayVersion });
  return false;
}
