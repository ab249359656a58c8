// A keyed hash of a personnummer, shared by the subgraphs through one secret,
// so two huvudmän can count patients they have in common without either one
// handing personnummer to the other or to the gateway.
import { createHmac } from 'node:crypto';
import { ConfigurationError } from '../config/configurationError.js';
import { secretFrom, secretVariables } from '../config/secretSetting.js';

/** Shorter secrets can be guessed; a guessed key turns every pseudonym back into its personnummer. */
export const minimumPseudonymKeyLength = 32;

/** The key from SAMSYN_PSEUDONYM_KEY (or the file SAMSYN_PSEUDONYM_KEY_FILE names); there is no built-in one (`npm start` makes one per installation). */
export const pseudonymKeyVariables = secretVariables('SAMSYN_PSEUDONYM_KEY');

/** The key a subgraph that uses pseudonyms was configured with; its configuration always has one. */
export function requirePseudonymKey(key: string | null): string {
  return pseudonymKeyFrom({ SAMSYN_PSEUDONYM_KEY: key ?? undefined });
}

export function pseudonymKeyFrom(values: Record<string, unknown>): string {
  const key = secretFrom(values, 'SAMSYN_PSEUDONYM_KEY');
  if (!key || key.length < minimumPseudonymKeyLength) {
    throw new ConfigurationError(
      `SAMSYN_PSEUDONYM_KEY (or the file SAMSYN_PSEUDONYM_KEY_FILE) must be a shared secret of at least ${minimumPseudonymKeyLength} characters (\`npm start\` makes one per installation in .data/pseudonym-key).`,
    );
  }
  return key;
}

/**
 * Pseudonyms already computed, per key. The shared-patient counts hash every patient of a kommun on every
 * request; the answer for a personnummer never changes under one key, so each is computed once per process.
 * Bounded (cleared when full) so memory stays predictable: the county has about 100,000 such patients.
 */
const computed = new Map<string, Map<string, string>>();
const maximumRemembered = 300_000;

export function patientPseudonym(personnummer: string, key: string): string {
  let byPersonnummer = computed.get(key);
  if (!byPersonnummer) {
    byPersonnummer = new Map();
    computed.set(key, byPersonnummer);
  }
  let pseudonym = byPersonnummer.get(personnummer);
  if (pseudonym === undefined) {
    if (byPersonnummer.size >= maximumRemembered) byPersonnummer.clear();
    pseudonym = createHmac('sha256', key).update(personnummer).digest('base64url').slice(0, 22);
    byPersonnummer.set(personnummer, pseudonym);
  }
  return pseudonym;
}
