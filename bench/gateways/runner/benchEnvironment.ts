// What every benchmark service process runs with: production settings, tokens verified against a JWKS server of the
// run's own development issuer, a fresh pseudonym key, and the gateway's key pair for its signed assertions.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { developmentIssuer } from '../../../platform/auth/authConfig.js';
import { ensureDevelopmentIssuer } from '../../../platform/auth/developmentIssuer.js';
import { ensureKeyPairFiles } from '../../../platform/auth/keyPairFiles.js';
import { startJwksServer } from './jwksServer.js';

export interface BenchEnvironment {
  /** The settings every service and gateway shares. */
  productionEnv: Record<string, string>;
  /** productionEnv over this process's environment, without what would point a service elsewhere. */
  baseEnv: NodeJS.ProcessEnv;
  /** The run's development issuer, which signs the workloads' tokens. */
  issuerDirectory: string;
  /** Its public key set, which the JWKS server serves. */
  jwksPath: string;
  /** The gateways' private key (SAMSYN_GATEWAY_KEY_FILE); the subgraphs get its public half. */
  gatewayKeyPath: string;
  close(): Promise<void>;
}

export async function createBenchEnvironment(tempDirectory: string): Promise<BenchEnvironment> {
  const issuerDirectory = join(tempDirectory, 'issuer');
  const { jwksPath } = await ensureDevelopmentIssuer(issuerDirectory);
  const jwks = await startJwksServer(jwksPath);
  const gatewayKey = await ensureKeyPairFiles(join(tempDirectory, 'gateway-key'), 'EdDSA', 'bench-gateway');
  const productionEnv = {
    NODE_ENV: 'production',
    SAMSYN_JWKS_URL: jwks.url,
    SAMSYN_JWT_ISSUER: developmentIssuer,
    // The subgraphs' shared secret for patient pseudonyms; a new one each run, like a deployment's own.
    SAMSYN_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
    SAMSYN_GATEWAY_JWKS_FILE: gatewayKey.jwksPath,
  };
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...productionEnv, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  for (const name of ['DATABASE_URL', 'SAMSYN_JWKS_FILE', 'SAMSYN_JWT_AUDIENCE', 'VGR_DATABASE_URL', 'KOMMUN_DATABASE_URL', 'SAMVERKAN_DATABASE_URL']) delete baseEnv[name];
  return { productionEnv, baseEnv, issuerDirectory, jwksPath, gatewayKeyPath: gatewayKey.privateKeyPath, close: () => jwks.close() };
}
