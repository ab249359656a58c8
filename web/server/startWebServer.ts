// The web server: the built application, the GraphQL forwarder, the login
// configuration and (in development only) the role-picker login.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { loadKommuner } from '../../subgraphs/common/reference/kommuner.js';
import { listen } from '../../subgraphs/common/server/graphqlHttpServer.js';
import { maxBodyBytes, readBody, sendError, sendJson } from '../../subgraphs/common/server/httpMessages.js';
import { createLogger, type Logger } from '../../subgraphs/common/logging/logger.js';
import { isLoginRequestProblem, loginRoles, parseLoginRequest, signLoginToken } from './developmentLogin.js';
import { forwardToGateway } from './graphqlProxy.js';
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
    inloggning: config.developmentIssuerDirectory ? 'utveckling' : 'idp',
    idpInloggningUrl: config.idpLoginUrl,
    roller: loginRoles,
    huvudman: [{ id: 'VGR', namn: 'Västra Götalandsregionen' }, ...loadKommuner().map((kommun) => ({ id: kommun.kommunkod, namn: kommun.namn }))],
  };
}

export async function startWebServer(config: WebConfig): Promise<RunningWebServer> {
  const log = createLogger({ service: 'web' });
  const configuration = JSON.stringify(loginConfiguration(config));

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
    if (url.pathname === '/graphql') {
      const body = request.method === 'POST' ? await readBody(request) : '';
      if (body === null) return sendError(response, 413, 'BAD_REQUEST', `Frågan är större än ${maxBodyBytes} byte.`);
      return forwardToGateway(config.gatewayUrl, request, body, response);
    }
    if (url.pathname === '/api/utvecklingsinloggning' && request.method === 'POST') return developmentLogin(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'BAD_REQUEST', `${request.method} stöds inte här.`);
    if (url.pathname === '/health/live') return sendJson(response, 200, JSON.stringify({ status: 'ok' }));
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
    if (!config.developmentIssuerDirectory) {
      return sendError(response, 404, 'NOT_FOUND', 'Inloggning med rollval finns bara i utvecklingsläge; logga in via organisationens IdP.');
    }
    const text = await readBody(request);
    let body: unknown = null;
    try {
      body = text === null ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    const parsed = parseLoginRequest(body);
    if (isLoginRequestProblem(parsed)) return sendError(response, 400, 'BAD_USER_INPUT', parsed.message, { field: parsed.field });
    const token = await signLoginToken(config.developmentIssuerDirectory, parsed.roll, parsed.huvudman);
    log.info('development login', { roll: parsed.roll, huvudman: parsed.huvudman });
    sendJson(response, 200, JSON.stringify({ token }));
  }

  const running = await listen(server, config.port, config.host);
  log.info('web listening', { port: running.port, url: `http://127.0.0.1:${running.port}/`, gateway: config.gatewayUrl });
  return { port: running.port, log, stop: () => running.close() };
}
