import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../config/environment.js';
import { readAuthConfig } from './authConfig.js';

const jwksFile = { SAMSYN_JWKS_FILE: '/tmp/jwks.json' };

describe('readAuthConfig', () => {
  it('accepts tokens living up to 12 hours unless configured otherwise', () => {
    expect(readAuthConfig(jwksFile).maxTokenLifetimeSeconds).toBe(43_200);
    expect(readAuthConfig({ ...jwksFile, SAMSYN_TOKEN_MAX_LIFETIME_SECONDS: '3600' }).maxTokenLifetimeSeconds).toBe(3600);
  });

  it('stops the start on a lifetime that is not a whole number of seconds from a minute to a day, naming the setting', () => {
    for (const value of ['abc', '12h', '59', '86401', '-1']) {
      expect(() => readAuthConfig({ ...jwksFile, SAMSYN_TOKEN_MAX_LIFETIME_SECONDS: value })).toThrow(ConfigurationError);
      expect(() => readAuthConfig({ ...jwksFile, SAMSYN_TOKEN_MAX_LIFETIME_SECONDS: value })).toThrow(/SAMSYN_TOKEN_MAX_LIFETIME_SECONDS/);
    }
  });
});
