import { describe, expect, it } from 'vitest';
import { createHostAllowList, parseHost } from './hostAllowList.js';

describe('parseHost', () => {
  it('reads a name or address and its port, in lower case', () => {
    expect(parseHost('LocalHost:4080')).toEqual({ name: 'localhost', port: 4080 });
    expect(parseHost('[::1]:4080')).toEqual({ name: '[::1]', port: 4080 });
    expect(parseHost('samsyn.vgregion.se')).toEqual({ name: 'samsyn.vgregion.se', port: null });
  });

  it('refuses what is not a host: a scheme, a path, user information, a port out of range, a bare IPv6 address', () => {
    for (const value of ['http://localhost:4080', 'localhost:4080/x', 'evil.example@127.0.0.1', 'localhost:70000', '::1', '[not-ipv6]', '', 'a b']) {
      expect(parseHost(value), value).toBeNull();
    }
  });
});

describe('createHostAllowList', () => {
  const loopback = createHostAllowList({ host: '127.0.0.1', port: 4080, allowedHosts: [] });

  it('on loopback, serves the loopback names at its own port only', () => {
    for (const host of ['127.0.0.1:4080', 'localhost:4080', '[::1]:4080']) expect(loopback(host), host).toBe(true);
    for (const host of ['localhost:9000', 'localhost', '10.0.0.5:4080', 'evil.example:4080', 'evil.example', '127.0.0.1.evil.example:4080']) {
      expect(loopback(host), host).toBe(false);
    }
    expect(loopback(undefined)).toBe(false);
  });

  it('adds WEB_ALLOWED_HOSTS: a name at any port, name:port at that port', () => {
    const proxied = createHostAllowList({ host: '127.0.0.1', port: 4080, allowedHosts: [parseHost('samsyn.vgregion.se')!, parseHost('localhost:9000')!] });
    expect(proxied('samsyn.vgregion.se')).toBe(true);
    expect(proxied('SAMSYN.vgregion.se:443')).toBe(true);
    expect(proxied('localhost:9000')).toBe(true);
    expect(proxied('localhost:9001')).toBe(false);
    expect(proxied('evil.example')).toBe(false);
  });

  it('on the network, also serves any IP address and the name it listens on, but no other name', () => {
    const everywhere = createHostAllowList({ host: '0.0.0.0', port: 4080, allowedHosts: [] });
    expect(everywhere('127.0.0.1:4080')).toBe(true);
    expect(everywhere('10.0.0.5:4080')).toBe(true);
    expect(everywhere('[fe80::1]:4080')).toBe(true);
    expect(everywhere('evil.example:4080')).toBe(false);
    expect(everywhere('0.0.0.0.evil.example')).toBe(false);
    const named = createHostAllowList({ host: 'samsyn.lan', port: 4080, allowedHosts: [] });
    expect(named('samsyn.lan:4080')).toBe(true);
    expect(named('evil.example:4080')).toBe(false);
  });

  it('serves the loopback address it was given, also in IPv6', () => {
    expect(createHostAllowList({ host: '127.0.0.2', port: 4080, allowedHosts: [] })('127.0.0.2:4080')).toBe(true);
    expect(createHostAllowList({ host: '::1', port: 4080, allowedHosts: [] })('[::1]:4080')).toBe(true);
  });
});
