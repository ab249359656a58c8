import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../platform/config/environment.js';
import { healthcheckUrl } from './healthcheckTarget.js';

describe('healthcheckUrl', () => {
  it("asks the readiness route on the port of the container's one service", () => {
    expect(healthcheckUrl({ VGR_PORT: '4001', HOST: '0.0.0.0' })).toBe('http://127.0.0.1:4001/health/ready');
    expect(healthcheckUrl({ WEB_PORT: '8080' })).toBe('http://127.0.0.1:8080/health/ready');
  });

  it('prefers a port given as argument', () => {
    expect(healthcheckUrl({ GATEWAY_PORT: '4000', VGR_PORT: '4001' }, '4002')).toBe('http://127.0.0.1:4002/health/ready');
  });

  it('asks over HTTPS when the service serves HTTPS', () => {
    expect(healthcheckUrl({ KOMMUN_PORT: '4002', SAMSYN_TLS_CERT_FILE: '/run/secrets/cert.pem' })).toBe('https://127.0.0.1:4002/health/ready');
  });

  it('refuses to guess when no service port or several are set', () => {
    expect(() => healthcheckUrl({})).toThrow(ConfigurationError);
    expect(() => healthcheckUrl({ GATEWAY_PORT: '4000', VGR_PORT: '4001' })).toThrow(/GATEWAY_PORT, VGR_PORT/);
  });

  it('refuses a port that is not a port', () => {
    expect(() => healthcheckUrl({ VGR_PORT: 'vgr' })).toThrow(/VGR_PORT/);
    expect(() => healthcheckUrl({}, '99999')).toThrow(ConfigurationError);
  });
});
