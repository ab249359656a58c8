// Signs the workloads' tokens with the services' development issuer, once per
// distinct identity (signing thousands of identical tokens would only slow prepare()).
import { readMaxTokenLifetimeSeconds } from '../../../platform/auth/authConfig.js';
import { signDevelopmentToken, type TokenRequest } from '../../../platform/auth/developmentIssuer.js';

export type TokenSigner = (request: TokenRequest) => Promise<string>;

export function createTokenSigner(issuerDirectory: string): TokenSigner {
  const tokens = new Map<string, Promise<string>>();
  return (request) => {
    const key = JSON.stringify(request);
    let token = tokens.get(key);
    if (!token) {
      // The longest the services accept (12 h by default), so a long benchmark never sees one expire.
      token = signDevelopmentToken(issuerDirectory, { lifetimeSeconds: readMaxTokenLifetimeSeconds(process.env), ...request });
      tokens.set(key, token);
    }
    return token;
  };
}
