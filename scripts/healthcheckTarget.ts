// Which service a container's health check asks: one image runs every
// service, and each service is told its port by a variable of its own.
import { ConfigurationError, readPort } from '../platform/config/environment.js';

export const servicePortVariables = ['GATEWAY_PORT', 'VGR_PORT', 'KOMMUN_PORT', 'SAMVERKAN_PORT', 'ENTRY_PORT', 'WEB_PORT'] as const;

/**
 * The readiness URL of the service in this container: the port given as argument, else the one service port
 * variable set. None or several is a configuration error, since guessing could report another service's health.
 */
export function healthcheckUrl(env: NodeJS.ProcessEnv, portArgument?: string): string {
  if (portArgument !== undefined) return readinessUrl(readPort({ port: portArgument }, 'port', 0), env);
  const set = servicePortVariables.filter((name) => env[name]);
  if (set.length !== 1) {
    throw new ConfigurationError(
      `the health check needs exactly one of ${servicePortVariables.join(', ')} set (or a port argument), found ${set.length === 0 ? 'none' : set.join(', ')}`,
    );
  }
  return readinessUrl(readPort(env, set[0]!, 0), env);
}

/** A subgraph served over HTTPS (SAMSYN_TLS_CERT_FILE) answers its health routes over HTTPS too. */
function readinessUrl(port: number, env: NodeJS.ProcessEnv): string {
  const scheme = env['SAMSYN_TLS_CERT_FILE'] ? 'https' : 'http';
  return `${scheme}://127.0.0.1:${port}/health/ready`;
}
