// `npm start`: all of Samsyn on this machine — three subgraphs on embedded
// PostgreSQL (one PGlite data directory each, under .data/) unless
// <NAME>_DATABASE_URL points at a real server, seeded on first start, the
// gateway in front of them, and the web application (built first). A service
// that crashes is restarted (serviceSupervisor.ts); SIGINT or SIGTERM — from
// the terminal, from npm, at any moment, start-up included — or the end of
// the process that ran this one stops every service before this one ends.
import { readPort } from '../platform/config/environment.js';
import { defaultAdminPorts } from '../platform/metrics/adminServer.js';
import { seedDateVariable, seedReferenceDate } from '../subgraphs/common/seed/referenceDate.js';
import { ensureDevelopmentIssuer } from '../platform/auth/developmentIssuer.js';
import { developmentIssuerDirectory } from './developmentIssuerDirectory.js';
import { ensureInstallationSecrets } from './installationSecrets.js';
import { buildWeb } from '../web/build/buildWeb.js';
import { gatewayServiceSpec, subgraphServiceNames, subgraphServiceSpec, webServiceSpec, type SamsynOptions, type SamsynPorts } from './samsynServices.js';
import { ServiceSupervisor } from './serviceSupervisor.js';

const env = process.env;
const supervisor = new ServiceSupervisor();
let exitCode = 0;
const stopAll = (reason: string, code: number) => {
  if (supervisor.stopping) return;
  exitCode = code;
  console.log(`Samsyn is stopping (${reason}) …`);
  void supervisor.stop().then(() => {
    console.log('Samsyn has stopped.');
    process.exit(exitCode);
  });
};
// Installed before anything starts, so that a signal during start-up stops what has started so far.
process.on('SIGINT', () => stopAll('SIGINT', 0));
process.on('SIGTERM', () => stopAll('SIGTERM', 0));
// `npm start` runs this process through a shell; should that parent end without passing a signal on, stop too.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) stopAll('the process that started Samsyn ended', 0);
}, 500).unref();

const started = Date.now();
console.log('Samsyn is starting: the web application is built, subgraphs vgr, kommun, samverkan start, then the gateway and the web server …');
try {
  const ports: SamsynPorts = {
    web: readPort(env, 'WEB_PORT', 4080),
    gateway: readPort(env, 'GATEWAY_PORT', 4000),
    vgr: readPort(env, 'VGR_PORT', 4001),
    kommun: readPort(env, 'KOMMUN_PORT', 4002),
    samverkan: readPort(env, 'SAMVERKAN_PORT', 4003),
    admin: {
      gateway: readPort(env, 'GATEWAY_ADMIN_PORT', defaultAdminPorts.gateway),
      vgr: readPort(env, 'VGR_ADMIN_PORT', defaultAdminPorts.vgr),
      kommun: readPort(env, 'KOMMUN_ADMIN_PORT', defaultAdminPorts.kommun),
      samverkan: readPort(env, 'SAMVERKAN_ADMIN_PORT', defaultAdminPorts.samverkan),
    },
  };
  const built = await buildWeb();
  console.log(`web application built in ${built.milliseconds} ms`);
  // What the environment sets itself (an operator's own keys) wins over the installation's generated ones.
  const secrets = await ensureInstallationSecrets(env['SAMSYN_DATA_DIR'] ?? '.data');
  // Chosen once here: three subgraphs that each computed "yesterday" could straddle midnight and seed different worlds.
  const serviceEnv: NodeJS.ProcessEnv = { ...secrets.subgraphEnv, ...env, [seedDateVariable]: seedReferenceDate(env) };
  const gatewayEnv: NodeJS.ProcessEnv = { ...secrets.gatewayEnv, ...(env['SAMSYN_GATEWAY_KEY_FILE'] ? { SAMSYN_GATEWAY_KEY_FILE: env['SAMSYN_GATEWAY_KEY_FILE'] } : {}) };
  let developmentIssuer = false;
  if (!env['SAMSYN_JWKS_URL'] && !env['SAMSYN_JWKS_FILE']) {
    // No IdP configured: trust the local development issuer (`npm run token`, the web login's role picker).
    const files = await ensureDevelopmentIssuer(developmentIssuerDirectory(env));
    serviceEnv['SAMSYN_JWKS_FILE'] = files.jwksPath;
    developmentIssuer = true;
  }
  const options: SamsynOptions = { ports, env: serviceEnv, gatewayEnv };
  await supervisor.startGroup(subgraphServiceNames.map((name) => subgraphServiceSpec(name, options)));
  await supervisor.startGroup([gatewayServiceSpec(options)]);
  await supervisor.startGroup([webServiceSpec({ ...options, ...(developmentIssuer ? { developmentIssuerDirectory: developmentIssuerDirectory(env) } : {}) })]);
  console.log(
    [
      '',
      `Samsyn is up after ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      `  Web application:    http://127.0.0.1:${ports.web}/   (API explorer: /utforskare.html)`,
      `  GraphQL (gateway):  http://127.0.0.1:${ports.gateway}/graphql`,
      `  Health:             http://127.0.0.1:${ports.gateway}/health   (/health/live, /health/ready)`,
      `  Subgraphs:          vgr :${ports.vgr}  kommun :${ports.kommun}  samverkan :${ports.samverkan}`,
      `  Metrics (admin):    http://${env['ADMIN_HOST'] ?? '127.0.0.1'}:${ports.admin.gateway}/metrics   (vgr :${ports.admin.vgr}  kommun :${ports.admin.kommun}  samverkan :${ports.admin.samverkan})`,
      developmentIssuer
        ? '  Tokens:             development issuer; e.g. `npm run token -- --roll vardpersonal --huvudman 1480`'
        : '  Tokens:             verified against the configured IdP key set',
      'A service that stops unexpectedly is restarted. Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
} catch (error) {
  // Stopped during start-up: the signal's handler ends the process once every service is down.
  if (!supervisor.stopping) {
    console.error(`Samsyn could not start: ${error instanceof Error ? error.message : String(error)}`);
    stopAll('start-up failed', 1);
  }
}
