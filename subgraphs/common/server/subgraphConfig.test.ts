import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../platform/config/configurationError.js';
import { readSubgraphConfig } from './subgraphConfig.js';

const key = 'a-shared-secret-of-at-least-32-characters';
/** What every subgraph needs: a way to verify tokens and to tell the gateway. */
const required = { SAMSYN_JWKS_FILE: '/tmp/jwks.json', SAMSYN_TLS_CERT_FILE: '', SAMSYN_GATEWAY_JWKS_FILE: '' };

function refusal(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readSubgraphConfig', () => {
  it('refuses a misspelt LOG_LEVEL and a bad port together, before anything else is read', () => {
    const problem = refusal(() => readSubgraphConfig('vgr', { ...required, LOG_LEVEL: 'verbose', VGR_PORT: 'http' }));
    expect(problem.variables).toEqual(['LOG_LEVEL', 'VGR_PORT']);
    expect(problem.message).toMatch(/LOG_LEVEL must be one of debug, info, warn, error, got "verbose"/);
  });

  it('asks the subgraphs that compute pseudonyms for the shared key, and only them', () => {
    expect(refusal(() => readSubgraphConfig('kommun', { ...required, SAMSYN_PSEUDONYM_KEY: 'short' })).message).toMatch(/SAMSYN_PSEUDONYM_KEY/);
    // samverkan gets as far as the gateway's proof: the key is not its concern.
    expect(refusal(() => readSubgraphConfig('samverkan', required)).message).toMatch(/SAMSYN_GATEWAY_JWKS_FILE/);
    expect(refusal(() => readSubgraphConfig('samverkan', required)).message).not.toMatch(/SAMSYN_PSEUDONYM_KEY/);
  });

  it('reads its own port and database by its name, DATABASE_URL when it has none of its own', () => {
    const problem = refusal(() => readSubgraphConfig('kommun', { ...required, SAMSYN_PSEUDONYM_KEY: key, KOMMUN_PORT: '99999', VGR_PORT: 'ignored' }));
    expect(problem.variables).toEqual(['KOMMUN_PORT']);
  });
});
