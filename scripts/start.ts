// `npm start`: all of Samsyn on this machine — three subgraphs on embedded
// PostgreSQL (one PGlite data directory each, under .data/) unless
// <NAME>_DATABASE_URL points at a real server, seeded on first start, the
// gateway in front of them, and the web application (built first).
import { readPort } from '../subgraphs/common/config/environment.js';
import { ensureDevelopmentIssuer } from '../subgraphs/common/auth/developmentIssuer.js';
import { developmentIssuerDirectory } from './developmentIssuerDirectory.js';
import { ensureInstallationSecrets } from './installationSecrets.js';
import { buildWeb } from '../web/build/buildWeb.js';
import { startSamsyn, startWebService, type SamsynPorts } from './samsynServices.js';

const env = process.env;
const ports: SamsynPorts = {
  web: readPort(env, 'WEB_PORT', 4080),
  gateway: readPort(env, 'GATEWAY_PORT', 4000),
  vgr: readPort(env, 'VGR_PORT', 4001),
  kommun: readPort(env, 'KOMMUN_PORT', 4002),
  samverkan: readPort(env, 'SAMVERKAN_PORT', 4003),
};

const started = Date.now();
console.log('Samsyn is starting: the web application is built, subgraphs vgr, kommun, samverkan start, then the gateway and the web server …');
try {
  const built = await buildWeb();
  console.log(`web application built in ${built.milliseconds} ms`);
  // What the environment sets itself (an operator's own keys) wins over the installation's generated ones.
  const secrets = await ensureInstallationSecrets(env['SAMSYN_DATA_DIR'] ?? '.data');
  const serviceEnv: NodeJS.ProcessEnv = { ...secrets.subgraphEnv, ...env };
  const gatewayEnv: NodeJS.ProcessEnv = { ...secrets.gatewayEnv, ...(env['SAMSYN_GATEWAY_KEY_FILE'] ? { SAMSYN_GATEWAY_KEY_FILE: env['SAMSYN_GATEWAY_KEY_FILE'] } : {}) };
  let developmentIssuer = false;
  if (!env['SAMSYN_JWKS_URL'] && !env['SAMSYN_JWKS_FILE']) {
    // No IdP configured: trust the local development issuer (`npm run token`, the web login's role picker).
    const files = await ensureDevelopmentIssuer(developmentIssuerDirectory(env));
    serviceEnv['SAMSYN_JWKS_FILE'] = files.jwksPath;
    developmentIssuer = true;
  }
  const services = await startSamsyn({ ports, env: serviceEnv, gatewayEnv });
  try {
    services.set(
      'web',
      await startWebService({ ports, env: serviceEnv, ...(developmentIssuer ? { developmentIssuerDirectory: developmentIssuerDirectory(env) } : {}) }),
    );
  } catch (error) {
    await Promise.all([...services.values()].map((service) => service.stop()));
    throw error;
  }
  console.log(
    [
      '',
      `Samsyn is up after ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      `  Web application:    http://127.0.0.1:${ports.web}/   (API explorer: /utforskare.html)`,
      `  GraphQL (gateway):  http://127.0.0.1:${ports.gateway}/graphql`,
      `  Health:             http://127.0.0.1:${ports.gateway}/health`,
      `  Subgraphs:          vgr :${ports.vgr}  kommun :${ports.kommun}  samverkan :${ports.samverkan}`,
      developmentIssuer
        ? '  Tokens:             development issuer; e.g. `npm run token -- --roll vardpersonal --huvudman 1480`'
        : '  Tokens:             verified against the configured IdP key set',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all([...services.values()].map((service) => service.stop()));
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  for (const service of services.values()) {
    void service.exited.then((code) => {
      if (stopping) return;
      console.error(`${service.name} stopped unexpectedly (exit code ${code}); stopping Samsyn.`);
      void stopAll(1);
    });
  }
} catch (error) {
  console.error(`Samsyn could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
