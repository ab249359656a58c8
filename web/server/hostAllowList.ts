// Against DNS rebinding: a page on an attacker's name that is made to resolve
// to this server still sends that name in `Host`, so a request is served only
// when its Host names this server. IP addresses cannot be rebound (a page at
// an address is this server's own page), so they pass when the server listens
// on the network; on loopback only the loopback names at its port do, plus
// WEB_ALLOWED_HOSTS (a reverse proxy's public name, an SSH forward's port).
import { isIPv4, isIPv6 } from 'node:net';
import { isLoopbackHost } from './loopback.js';

/** A host as `Host` carries it: the name in lower case (an IPv6 address in brackets) and the port, when given. */
export interface HostName {
  name: string;
  port: number | null;
}

const hostPattern = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;

export function parseHost(value: string): HostName | null {
  const match = hostPattern.exec(value.trim().toLowerCase());
  if (!match) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && port > 65535) return null;
  if (match[1]!.startsWith('[') && !isIPv6(match[1]!.slice(1, -1))) return null;
  return { name: match[1]!, port };
}

export interface HostAllowListOptions {
  /** The interface the server listens on (HOST). */
  host: string;
  /** The port it actually listens on. */
  port: number;
  /** WEB_ALLOWED_HOSTS: a name alone allows it at any port, `name:port` at that port only. */
  allowedHosts: readonly HostName[];
}

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];
/** Listening on every interface names no host of its own. */
const wildcardHosts = ['', '0.0.0.0', '::', '[::]'];

export function createHostAllowList(options: HostAllowListOptions): (hostHeader: string | undefined) => boolean {
  const onLoopback = isLoopbackHost(options.host);
  const listening = parseHost(options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host);
  const ownNames = new Set(loopbackNames);
  if (listening && !wildcardHosts.includes(listening.name)) ownNames.add(listening.name);
  return (hostHeader) => {
    const requested = hostHeader === undefined ? null : parseHost(hostHeader);
    if (!requested) return false;
    // No port in Host means HTTP's default, 80.
    const port = requested.port ?? 80;
    if (ownNames.has(requested.name) && port === options.port) return true;
    if (options.allowedHosts.some((allowed) => allowed.name === requested.name && (allowed.port === null || allowed.port === port))) return true;
    return !onLoopback && isIpAddress(requested.name);
  };
}

function isIpAddress(name: string): boolean {
  return name.startsWith('[') ? isIPv6(name.slice(1, -1)) : isIPv4(name);
}
