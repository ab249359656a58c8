// `npm run build`'s output runs as the image runs it: plain `node` on the
// compiled JavaScript, no tsx, with the schemas, migrations and supergraph
// found beside it, and importing production dependencies only.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevelopmentIssuer } from '../../platform/auth/developmentIssuer.js';
import { ensureKeyPairFiles } from '../../platform/auth/keyPairFiles.js';
import { buildServices } from '../../scripts/buildServices.js';
import { projectRoot, startService, type ServiceProcess } from '../../scripts/serviceProcess.js';
import { freePort } from '../support/freePort.js';
import { importedPackages } from '../support/importedPackages.js';

// Inside the project, as dist/ is in the image: the compiled modules find package.json ("type": "module") and
// node_modules by walking up from where they lie.
const out = join(projectRoot, '.tmp', `build-test-${process.pid}`);
const secrets = mkdtempSync(join(tmpdir(), 'samsyn-build-test-'));
const started: ServiceProcess[] = [];
let vgrPort = 0;

function healthcheck(env: NodeJS.ProcessEnv): number | null {
  return spawnSync(process.execPath, [join(out, 'scripts/healthcheck.js')], { env, encoding: 'utf8', timeout: 10_000 }).status;
}

beforeAll(async () => {
  await buildServices({ outDirectory: out, web: false });
  const issuer = await ensureDevelopmentIssuer(join(secrets, 'issuer'));
  const gatewayKey = await ensureKeyPairFiles(join(secrets, 'gateway-key'), 'EdDSA', 'samsyn-gateway');
  vgrPort = await freePort();
  const gatewayPort = await freePort();
  const common = { PATH: process.env['PATH'], LOG_LEVEL: 'warn', SAMSYN_JWKS_FILE: issuer.jwksPath };
  // Started together: the gateway's readiness does not wait for its subgraphs.
  const services = await Promise.allSettled([
    startService({
      name: 'vgr (compiled)',
      entry: relative(projectRoot, join(out, 'subgraphs/vgr/main.js')),
      env: {
        ...common,
        VGR_PORT: String(vgrPort),
        SAMSYN_DATA_DIR: join(secrets, 'data'),
        SAMSYN_SEED: 'none',
        SAMSYN_PSEUDONYM_KEY: 'a-pseudonym-key-for-the-build-test-only',
        SAMSYN_GATEWAY_JWKS_FILE: gatewayKey.jwksPath,
      },
      healthUrl: `http://127.0.0.1:${vgrPort}/health/ready`,
    }),
    // The gateway is ready once it has read the supergraph, which must be found beside the compiled code.
    startService({
      name: 'gateway (compiled)',
      entry: relative(projectRoot, join(out, 'gateway/main.js')),
      env: {
        ...common,
        GATEWAY_PORT: String(gatewayPort),
        SAMSYN_GATEWAY_KEY_FILE: gatewayKey.privateKeyPath,
        VGR_URL: `http://127.0.0.1:${vgrPort}/graphql`,
      },
      healthUrl: `http://127.0.0.1:${gatewayPort}/health/ready`,
    }),
  ]);
  for (const service of services) if (service.status === 'fulfilled') started.push(service.value);
  for (const service of services) if (service.status === 'rejected') throw service.reason;
}, 120_000);

afterAll(async () => {
  await Promise.all(started.map((service) => service.stop()));
  rmSync(out, { recursive: true, force: true });
  rmSync(secrets, { recursive: true, force: true });
});

describe('the compiled services', () => {
  it('serve: a subgraph migrated on its database and the gateway on its supergraph (both answered /health/ready)', async () => {
    const health = await fetch(`http://127.0.0.1:${vgrPort}/health`);
    expect(await health.json()).toEqual({ status: 'ok', subgraph: 'vgr', database: 'pglite' });
  });

  it("pass the image's health check while they serve, and fail it once stopped", async () => {
    expect(healthcheck({ VGR_PORT: String(vgrPort) })).toBe(0);
    await started[0]!.stop();
    expect(healthcheck({ VGR_PORT: String(vgrPort) })).toBe(1);
    expect(healthcheck({})).toBe(1);
  });

  it('import only packages that are production dependencies', () => {
    const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    const imported = new Set(files.flatMap((file) => importedPackages(readFileSync(join(out, file), 'utf8'))));
    expect(imported.size).toBeGreaterThan(10);
    expect([...imported].filter((name) => !(name in packageJson.dependencies)).sort()).toEqual([]);
  });
});
