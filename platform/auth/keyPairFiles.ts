// A signing key pair kept in a folder: the private key as a JWK (readable by its owner only) and the public
// key set (JWKS) that verifiers are given. Used for the development issuer and for the gateway's assertions.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';
import { ConfigurationError, readNamedFile } from '../config/environment.js';

export interface KeyPairFiles {
  privateKeyPath: string;
  jwksPath: string;
}

export type KeyAlgorithm = 'ES256' | 'EdDSA';

export function keyPairFiles(directory: string): KeyPairFiles {
  return { privateKeyPath: join(directory, 'private-key.jwk.json'), jwksPath: join(directory, 'jwks.json') };
}

/** Creates the key pair on first use; later calls reuse it, so what was signed with it stays valid across restarts. */
export async function ensureKeyPairFiles(directory: string, algorithm: KeyAlgorithm, keyIdPrefix: string): Promise<KeyPairFiles> {
  const files = keyPairFiles(directory);
  if (existsSync(files.privateKeyPath) && existsSync(files.jwksPath)) return files;
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const { publicKey, privateKey } = await generateKeyPair(algorithm, { extractable: true, ...(algorithm === 'EdDSA' ? { crv: 'Ed25519' } : {}) });
  const kid = `${keyIdPrefix}-${Date.now().toString(36)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: algorithm, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: algorithm };
  writeFileSync(files.privateKeyPath, JSON.stringify(privateJwk), { mode: 0o600 });
  writeFileSync(files.jwksPath, JSON.stringify({ keys: [publicJwk] }));
  return files;
}

/** A private key file named by `variable`; a missing or unreadable file stops the start with a message naming it. */
export function readPrivateJwk(path: string, variable: string): JWK {
  const value = readJsonFile(path, variable);
  if (typeof value !== 'object' || value === null || typeof (value as JWK).kty !== 'string' || typeof (value as JWK)['d'] !== 'string') {
    throw new ConfigurationError(`${variable} must name a file holding a private key as a JWK, got "${path}"`);
  }
  return value as JWK;
}

/** A public key set file named by `variable`. */
export function readJwks(path: string, variable: string): JSONWebKeySet {
  const value = readJsonFile(path, variable);
  if (typeof value !== 'object' || value === null || !Array.isArray((value as JSONWebKeySet).keys) || (value as JSONWebKeySet).keys.length === 0) {
    throw new ConfigurationError(`${variable} must name a file holding a JSON Web Key Set with at least one key, got "${path}"`);
  }
  return value as JSONWebKeySet;
}

function readJsonFile(path: string, variable: string): unknown {
  const text = readNamedFile(variable, path);
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${variable} names "${path}", which is not JSON`);
  }
}
