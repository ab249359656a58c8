// Whether an interface the web server listens on is reachable only from this
// machine: 127.0.0.0/8, ::1 (also written out or IPv4-mapped) and localhost.
import { isIPv4, isIPv6 } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost') return true;
  if (isIPv4(name)) return name.startsWith('127.');
  if (!isIPv6(name)) return false;
  // The URL parser writes an IPv6 address in its one canonical form; an IPv4-mapped 127.x.y.z becomes ::ffff:7fxx:….
  const canonical = new URL(`http://[${name}]/`).hostname;
  return canonical === '[::1]' || canonical.startsWith('[::ffff:7f');
}
