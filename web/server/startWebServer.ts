// The web server: the built application, the GraphQL forwarder, the login
// configuration and (in development on loopback only) the role-picker login.
// Every request must name this server in `Host` (against DNS rebinding).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { loadKommuner } from '../../platform/reference/kommuner.js';
import { sortByNamn } from '../../platform/sorting/swedishOrder.js';
import { listen, type RunningHttpServer } from '../../platform/server/graphqlHttpServer.js';
import { healthRoutes } from '../../platform/server/healthRoutes.js';
import { maxBodyBytes, readBody, sendError, sendJson } from '../../platform/server/httpMessages.js';
import { createLogger, type Logger } from '../../platform/logging/logger.js';
import { developmentLoginIssuer, isLoginRequestProblem, loginRoles, parseLoginRequest, signLoginToken } from './developmentLogin.js';
import { forwardToGateway } from './graphqlProxy.js';
import { createHostAllowList } from './hostAllowList.js';
import { sameOriginJsonProblem } from './sameOriginJson.js';
import { readStaticFile } from './staticFiles.js';
import type { WebConfig } from './webConfig.js';

export interface RunningWebServer {
  port: number;
  log: Logger;
  stop(): Promise<void>;
}

/** Everything the page loads comes from this server: the policy makes the browser refuse anything else. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');

/** What the login page needs to know before anyone has a token. */
export function loginConfiguration(config: WebConfig) {
  return {
    inloggning: developmentLoginIssuer(config) ? 'utveckling' : 'idp',
    idpInloggningUrl: config.idpLoginUrl,
    roller: loginRoles,
    // The region first, then the kommuner by name, as people look for them (not by kommunkod).
    huvudman: [{ id: 'VGR', namn: 'Västra Götalandsregionen' }, ...sortByNamn(loadKommuner().map((kommun) => ({ id: kommun.kommunkod, namn: kommun.namn })))],
  };
}

export async function startWebServer(config: WebConfig): Promise<RunningWebServer> {
  const log = createLogger({ service: 'web' }, { level: config.logLevel });
  const configuration = JSON.stringify(loginConfiguration(config));
  const loginIssuer = developmentLoginIssuer(config);
  if (config.developmentIssuerDirectory && !loginIssuer) {
    log.warn('development login not offered', {
      reason:
        `HOST=${config.host} is not a loopback address, and anyone who reaches this server could sign themselves any role. ` +
        'Listen on 127.0.0.1 (the default) to log in by picking a role, or paste a token from `npm run token` into the login page.',
    });
  }
  // Ready while not draining: the gateway's state is the gateway's readiness, not this server's.
  let running: RunningHttpServer | undefined;
  const health = healthRoutes({ draining: () => running?.draining ?? false });
  // Set once the server listens: the allowed loopback names carry the port it actually got.
  let isAllowedHost: (hostHeader: string | undefined) => boolean = () => false;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error('request failed', { error });
      if (!response.headersSent) sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internt fel i webbservern.');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    if (!isAllowedHost(request.headers.host)) {
      return sendError(
        response,
        421,
        'HOST_NOT_ALLOWED',
        'Servern svarar inte under det namnet (Host). Använd adressen den nås på, eller lägg till namnet i WEB_ALLOWED_HOSTS.',
      );
    }
    if (url.pathname === '/graphql') {
      const body = request.method === 'POST' ? await readBody(request) : '';
      if (body === null) return sendError(response, 413, 'BAD_REQUEST', `Frågan är större än ${maxBodyBytes} byte.`);
      return forwardToGateway(config.gatewayUrl, request, body, response);
    }
    if (url.pathname === '/api/utvecklingsinloggning' && request.method === 'POST') return developmentLogin(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'BAD_REQUEST', `${request.method} stöds inte här.`);
    const healthRoute = health[url.pathname as keyof typeof health];
    if (healthRoute) {
      const result = await healthRoute(request);
      return sendJson(response, result.status, result.body);
    }
    if (url.pathname === '/api/konfiguration') return sendJson(response, 200, configuration);

    const file = await readStaticFile(config.distDirectory, url.pathname);
    if (!file) {
      if (url.pathname === '/') return sendError(response, 503, 'NOT_FOUND', 'Webbapplikationen är inte byggd: kör `npm run build:web` (npm start gör det).');
      return sendError(response, 404, 'NOT_FOUND', `Ingen sida på ${url.pathname}.`);
    }
    response.writeHead(200, {
      'content-type': file.contentType,
      // Assets are rebuilt under the same names; the browser asks again each time (it is a local network).
      'cache-control': 'no-cache',
      'content-security-policy': contentSecurityPolicy,
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function developmentLogin(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!loginIssuer) {
      return sendError(response, 404, 'NOT_FOUND', 'Inloggning med rollval finns bara i utvecklingsläge; logga in via organisationens IdP.');
    }
    const crossSite = sameOriginJsonProblem(request.headers);
    if (crossSite) return sendError(response, 403, 'FORBIDDEN', crossSite);
    const text = await readBody(request);
    let body: unknown = null;
    try {
      body = text === null ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    const parsed = parseLoginRequest(body);
    if (isLoginRequestProblem(parsed)) return sendError(response, 400, 'BAD_USER_INPUT', parsed.message, { field: parsed.field });
    const token = await signLoginToken(loginIssuer, parsed.roll, parsed.huvudman, config.loginTokenLifetimeSeconds);
    log.info('development login', { roll: parsed.roll, huvudman: parsed.huvudman });
    sendJson(response, 200, JSON.stringify({ token }));
  }

  running = await listen(server, config.port, config.host, { shutdownGraceMs: config.shutdownGraceMs, log });
  const listening = running;
  isAllowedHost = createHostAllowList({ host: config.host, port: listening.port, allowedHosts: config.allowedHosts });
  log.info('web listening', { port: listening.port, url: `http://127.0.0.1:${listening.port}/`, gateway: config.gatewayUrl });
  return {
    port: listening.port,
    log,
    async stop() {
      await listening.close();
    },
  };
}
