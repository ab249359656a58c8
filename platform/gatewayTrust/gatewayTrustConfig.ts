// How a subgraph tells Samsyn's gateway (or a standard router) from any other caller, and how the gateway proves
// itself: read once at start from the environment. Either proof will do; a service with neither refuses to start,
// since it could not keep its internal surfaces (`_entities`, @inaccessible fields) from other callers.
import type { JSONWebKeySet, JWK } from 'jose';
import { readJwks, readPrivateJwk } from '../auth/keyPairFiles.js';
import { ConfigurationError, readNamedFile } from '../config/environment.js';
import { optionalTextVariable, readConfiguration, type Variables } from '../config/variables.js';

/** PEM texts of a TLS server: its certificate and key, and the CA whose client certificates prove the gateway. */
export interface SubgraphTls {
  cert: string;
  key: string;
  /** Client certificates signed by this CA are the gateway's (mutual TLS); null serves TLS without client certificates. */
  clientCa: string | null;
}

export interface SubgraphTrustConfig {
  /** The gateway's public keys, for its signed assertions (SAMSYN_GATEWAY_JWKS_FILE). */
  gatewayKeys: JSONWebKeySet | null;
  tls: SubgraphTls | null;
}

export const subgraphTrustVariables = {
  SAMSYN_GATEWAY_JWKS_FILE: optionalTextVariable(),
  SAMSYN_TLS_CERT_FILE: optionalTextVariable(),
  SAMSYN_TLS_KEY_FILE: optionalTextVariable(),
  SAMSYN_TLS_CLIENT_CA_FILE: optionalTextVariable(),
};

export function readSubgraphTrustConfig(env: NodeJS.ProcessEnv): SubgraphTrustConfig {
  return subgraphTrustConfigFrom(readConfiguration(subgraphTrustVariables, env));
}

export function subgraphTrustConfigFrom(values: Variables<typeof subgraphTrustVariables>): SubgraphTrustConfig {
  const jwksPath = values.SAMSYN_GATEWAY_JWKS_FILE;
  const gatewayKeys = jwksPath ? readJwks(jwksPath, 'SAMSYN_GATEWAY_JWKS_FILE') : null;
  const tls = readSubgraphTls(values);
  if (!gatewayKeys && !tls?.clientCa) {
    throw new ConfigurationError(
      'Set SAMSYN_GATEWAY_JWKS_FILE (the gateway\'s public key set; `npm start` makes one in .data/gateway-key/) or SAMSYN_TLS_CLIENT_CA_FILE (mutual TLS with the gateway): without either, this subgraph cannot tell the gateway from any other caller.',
    );
  }
  return { gatewayKeys, tls };
}

function readSubgraphTls(values: Variables<typeof subgraphTrustVariables>): SubgraphTls | null {
  const certPath = values.SAMSYN_TLS_CERT_FILE;
  const keyPath = values.SAMSYN_TLS_KEY_FILE;
  const clientCaPath = values.SAMSYN_TLS_CLIENT_CA_FILE;
  if (!certPath && !keyPath && !clientCaPath) return null;
  if (!certPath || !keyPath) {
    throw new ConfigurationError('SAMSYN_TLS_CERT_FILE and SAMSYN_TLS_KEY_FILE go together (and SAMSYN_TLS_CLIENT_CA_FILE needs both).');
  }
  return {
    cert: readPem(certPath, 'SAMSYN_TLS_CERT_FILE'),
    key: readPem(keyPath, 'SAMSYN_TLS_KEY_FILE'),
    clientCa: clientCaPath ? readPem(clientCaPath, 'SAMSYN_TLS_CLIENT_CA_FILE') : null,
  };
}

/** PEM texts the gateway uses towards subgraphs served over TLS. */
export interface GatewayTls {
  /** The CA that signed the subgraphs' server certificates (else the system's CAs). */
  ca: string | null;
  /** The gateway's client certificate and key for mutual TLS. */
  cert: string | null;
  key: string | null;
}

export interface GatewayTrustConfig {
  /** The private key the gateway signs its assertions with (SAMSYN_GATEWAY_KEY_FILE). */
  signingKey: JWK | null;
  tls: GatewayTls | null;
}

export const gatewayTrustVariables = {
  SAMSYN_GATEWAY_KEY_FILE: optionalTextVariable(),
  SAMSYN_SUBGRAPH_TLS_CA_FILE: optionalTextVariable(),
  SAMSYN_SUBGRAPH_TLS_CERT_FILE: optionalTextVariable(),
  SAMSYN_SUBGRAPH_TLS_KEY_FILE: optionalTextVariable(),
};

export function readGatewayTrustConfig(env: NodeJS.ProcessEnv): GatewayTrustConfig {
  return gatewayTrustConfigFrom(readConfiguration(gatewayTrustVariables, env));
}

export function gatewayTrustConfigFrom(values: Variables<typeof gatewayTrustVariables>): GatewayTrustConfig {
  const keyPath = values.SAMSYN_GATEWAY_KEY_FILE;
  const signingKey = keyPath ? readPrivateJwk(keyPath, 'SAMSYN_GATEWAY_KEY_FILE') : null;
  const caPath = values.SAMSYN_SUBGRAPH_TLS_CA_FILE;
  const certPath = values.SAMSYN_SUBGRAPH_TLS_CERT_FILE;
  const clientKeyPath = values.SAMSYN_SUBGRAPH_TLS_KEY_FILE;
  if (Boolean(certPath) !== Boolean(clientKeyPath)) {
    throw new ConfigurationError('SAMSYN_SUBGRAPH_TLS_CERT_FILE and SAMSYN_SUBGRAPH_TLS_KEY_FILE go together.');
  }
  const tls: GatewayTls | null =
    caPath || certPath
      ? {
          ca: caPath ? readPem(caPath, 'SAMSYN_SUBGRAPH_TLS_CA_FILE') : null,
          cert: certPath ? readPem(certPath, 'SAMSYN_SUBGRAPH_TLS_CERT_FILE') : null,
          key: clientKeyPath ? readPem(clientKeyPath, 'SAMSYN_SUBGRAPH_TLS_KEY_FILE') : null,
        }
      : null;
  if (!signingKey && !tls?.cert) {
    throw new ConfigurationError(
      'Set SAMSYN_GATEWAY_KEY_FILE (the private key the gateway signs its subgraph requests with; `npm start` makes one in .data/gateway-key/) or SAMSYN_SUBGRAPH_TLS_CERT_FILE and SAMSYN_SUBGRAPH_TLS_KEY_FILE (mutual TLS): subgraphs answer their internal surfaces only to a gateway that proves itself.',
    );
  }
  return { signingKey, tls };
}

function readPem(path: string, variable: string): string {
  const text = readNamedFile(variable, path);
  if (!text.includes('-----BEGIN ')) throw new ConfigurationError(`${variable} names "${path}", which holds no PEM block`);
  return text;
}
