import { describe, expect, it } from 'vitest';
import { loginConfiguration } from './startWebServer.js';
import { readWebConfig } from './webConfig.js';

describe('readWebConfig', () => {
  it('forwards to the local gateway and has no login of its own by default', () => {
    const config = readWebConfig({});
    expect(config).toMatchObject({ port: 4080, gatewayUrl: 'http://127.0.0.1:4000/graphql', developmentIssuerDirectory: null, production: false });
    expect(loginConfiguration(config).inloggning).toBe('idp');
  });

  it('offers the role-picker login only when the development issuer is given and not in production', () => {
    expect(loginConfiguration(readWebConfig({ SAMSYN_DEV_ISSUER_DIR: '/tmp/issuer' })).inloggning).toBe('utveckling');
    const production = readWebConfig({ SAMSYN_DEV_ISSUER_DIR: '/tmp/issuer', NODE_ENV: 'production', SAMSYN_IDP_LOGIN_URL: 'https://idp.example/authorize' });
    expect(production.developmentIssuerDirectory).toBeNull();
    expect(loginConfiguration(production)).toMatchObject({ inloggning: 'idp', idpInloggningUrl: 'https://idp.example/authorize' });
  });

  it('has no role-picker login when listening beyond this machine', () => {
    expect(loginConfiguration(readWebConfig({ SAMSYN_DEV_ISSUER_DIR: '/tmp/issuer', HOST: '0.0.0.0' })).inloggning).toBe('idp');
    expect(loginConfiguration(readWebConfig({ SAMSYN_DEV_ISSUER_DIR: '/tmp/issuer', HOST: '::1' })).inloggning).toBe('utveckling');
  });

  it("signs login tokens for a working day, or for the services' shorter limit", () => {
    expect(readWebConfig({}).loginTokenLifetimeSeconds).toBe(8 * 3600);
    expect(readWebConfig({ SAMSYN_TOKEN_MAX_LIFETIME_SECONDS: '3600' }).loginTokenLifetimeSeconds).toBe(3600);
    expect(() => readWebConfig({ SAMSYN_TOKEN_MAX_LIFETIME_SECONDS: 'forever' })).toThrow(/SAMSYN_TOKEN_MAX_LIFETIME_SECONDS/);
  });

  it('reads WEB_ALLOWED_HOSTS, a name alone or with a port, and refuses a URL in it', () => {
    expect(readWebConfig({}).allowedHosts).toEqual([]);
    expect(readWebConfig({ WEB_ALLOWED_HOSTS: 'Samsyn.vgregion.se, localhost:9000,' }).allowedHosts).toEqual([
      { name: 'samsyn.vgregion.se', port: null },
      { name: 'localhost', port: 9000 },
    ]);
    expect(() => readWebConfig({ WEB_ALLOWED_HOSTS: 'https://samsyn.vgregion.se' })).toThrow(/WEB_ALLOWED_HOSTS.*"https:\/\/samsyn.vgregion.se"/);
  });

  it('lists VGR and the 49 kommuner to log in as', () => {
    const huvudman = loginConfiguration(readWebConfig({})).huvudman;
    expect(huvudman).toHaveLength(50);
    expect(huvudman[0]).toEqual({ id: 'VGR', namn: 'Västra Götalandsregionen' });
    expect(huvudman).toContainEqual({ id: '1480', namn: 'Göteborg' });
    // The kommuner by Swedish name: Ale first, Öckerö last (by kommunkod Härryda, 1401, would come first).
    expect(huvudman[1]).toEqual({ id: '1440', namn: 'Ale' });
    expect(huvudman.at(-1)).toEqual({ id: '1407', namn: 'Öckerö' });
  });

  it('refuses a port that cannot work', () => {
    expect(() => readWebConfig({ WEB_PORT: 'abc' })).toThrow(/WEB_PORT/);
  });
});
