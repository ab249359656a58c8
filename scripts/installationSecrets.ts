// The secrets one installation of Samsyn makes for itself on its first start and keeps with its data (by
// default under .data/): the gateway's key pair for its assertions to the subgraphs, and the subgraphs' shared
// pseudonym key. Made at random per installation, so no key known from this repository opens anything.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureKeyPairFiles } from '../platform/auth/keyPairFiles.js';

/** Environment for the services: the gateway gets the private key, the subgraphs the public key set. */
export interface InstallationSecrets {
  subgraphEnv: NodeJS.ProcessEnv;
  gatewayEnv: NodeJS.ProcessEnv;
}

export async function ensureInstallationSecrets(dataDirectory: string): Promise<InstallationSecrets> {
  const gatewayKey = await ensureKeyPairFiles(join(dataDirectory, 'gateway-key'), 'EdDSA', 'samsyn-gateway');
  return {
    subgraphEnv: { SAMSYN_GATEWAY_JWKS_FILE: gatewayKey.jwksPath, SAMSYN_PSEUDONYM_KEY: ensurePseudonymKey(join(dataDirectory, 'pseudonym-key')) },
    gatewayEnv: { SAMSYN_GATEWAY_KEY_FILE: gatewayKey.privateKeyPath },
  };
}

/** 32 random bytes as hex, written once (readable by its owner only) and read on every later start. */
function ensurePseudonymKey(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(join(path, '..'), { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(path, key, { mode: 0o600, flag: 'wx' });
  return key;
}
