// Certificates for the mutual-TLS tests, made with the openssl command line (Debian's `openssl`, which
// `scripts/ensure-test-tools.sh` installs when it is missing): a CA, a server certificate for 127.0.0.1 signed
// by it, the gateway's client certificate signed by it, and a stranger's signed by a CA no service trusts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  directory: string;
  /** Paths of PEM files. */
  caCert: string;
  serverCert: string;
  serverKey: string;
  gatewayCert: string;
  gatewayKey: string;
  strangerCert: string;
  strangerKey: string;
  pem(path: string): string;
}

export function makeTestCertificates(): TestCertificates {
  const directory = mkdtempSync(join(tmpdir(), 'samsyn-tls-'));
  const path = (name: string) => join(directory, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: directory, stdio: 'pipe' });
  const key = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', path(name));
  const ca = (name: string, subject: string) => {
    key(`${name}.key`);
    openssl('req', '-x509', '-new', '-key', path(`${name}.key`), '-subj', subject, '-days', '2', '-out', path(`${name}.crt`), '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  };
  const signed = (name: string, subject: string, caName: string, extensions: string) => {
    key(`${name}.key`);
    openssl('req', '-new', '-key', path(`${name}.key`), '-subj', subject, '-out', path(`${name}.csr`));
    writeFileSync(path(`${name}.ext`), extensions);
    openssl('x509', '-req', '-in', path(`${name}.csr`), '-CA', path(`${caName}.crt`), '-CAkey', path(`${caName}.key`), '-CAcreateserial', '-days', '2', '-extfile', path(`${name}.ext`), '-out', path(`${name}.crt`));
  };
  ca('ca', '/CN=Samsyn test CA');
  ca('other-ca', '/CN=Another CA');
  signed('server', '/CN=127.0.0.1', 'ca', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  signed('gateway', '/CN=samsyn-gateway', 'ca', 'extendedKeyUsage=clientAuth\n');
  signed('stranger', '/CN=samsyn-gateway', 'other-ca', 'extendedKeyUsage=clientAuth\n');
  return {
    directory,
    caCert: path('ca.crt'),
    serverCert: path('server.crt'),
    serverKey: path('server.key'),
    gatewayCert: path('gateway.crt'),
    gatewayKey: path('gateway.key'),
    strangerCert: path('stranger.crt'),
    strangerKey: path('stranger.key'),
    pem: (file) => readFileSync(file, 'utf8'),
  };
}
