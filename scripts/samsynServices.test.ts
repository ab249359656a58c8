import { describe, expect, it } from 'vitest';
import { defaultPorts, subgraphEnvironment } from './samsynServices.js';

describe('subgraphEnvironment', () => {
  it("gives each subgraph its own database only, never one DATABASE_URL or DATABASE_URL_FILE meant for all", () => {
    const env = {
      DATABASE_URL: 'postgres://all@db/all',
      DATABASE_URL_FILE: '/run/secrets/all',
      VGR_DATABASE_URL: 'postgres://samsyn_vgr@db/samsyn_vgr',
      KOMMUN_DATABASE_URL_FILE: '/run/secrets/kommun-database-url',
    };
    const vgr = subgraphEnvironment('vgr', { ports: defaultPorts, env });
    expect(vgr['DATABASE_URL']).toBe('postgres://samsyn_vgr@db/samsyn_vgr');
    expect(vgr['DATABASE_URL_FILE']).toBeUndefined();
    const kommun = subgraphEnvironment('kommun', { ports: defaultPorts, env });
    expect(kommun['DATABASE_URL']).toBeUndefined();
    expect(kommun['DATABASE_URL_FILE']).toBeUndefined();
    // The subgraph reads its own file itself (readSecretSetting).
    expect(kommun['KOMMUN_DATABASE_URL_FILE']).toBe('/run/secrets/kommun-database-url');
    expect(kommun['KOMMUN_PORT']).toBe('4002');
  });
});
