// Signs the workloads' tokens with the services' development issuer, once per
// distinct identity (signing thousands of identical tokens would only slow prepare()).
import { signDevelopmentToken, type TokenRequest } from '../../../subgraphs/common/auth/developmentIssuer.js';

export type TokenSigner = (request: TokenRequest) => Promise<string>;

export function createTokenSigner(issuerDirectory: string): TokenSigner {
  const tokens = new Map<string, Promise<string>>();
  return (request) => {
    const key = JSON.stringify(request);
    let token = tokens.get(key);
    if (!token) {
      // A day, so a long benchmark never sees one expire.
      token = signDevelopmentToken(issuerDirectory, { lifetimeSeconds: 24 * 3600, ...request });
      tokens.set(key, token);
    }
    return token;
  };
}
