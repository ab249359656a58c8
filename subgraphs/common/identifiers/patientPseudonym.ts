// A keyed hash of a personnummer, shared by the subgraphs through one secret,
// so two huvudmän can count patients they have in common without either one
// handing personnummer to the other or to the gateway.
import { createHmac } from 'node:crypto';

const developmentKey = 'samsyn-development-pseudonym-key';

export function pseudonymKeyFromEnvironment(env: NodeJS.ProcessEnv): string {
  const key = env['SAMSYN_PSEUDONYM_KEY'];
  if (key) return key;
  if (env['NODE_ENV'] === 'production') {
    throw new Error('SAMSYN_PSEUDONYM_KEY must be set in production (a shared secret of at least 32 characters).');
  }
  return developmentKey;
}

export function patientPseudonym(personnummer: string, key: string): string {
  return createHmac('sha256', key).update(personnummer).digest('base64url').slice(0, 22);
}
