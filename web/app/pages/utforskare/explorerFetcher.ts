// How GraphiQL reaches Samsyn: the web server's /graphql (same origin, so the
// page's Content-Security-Policy `default-src 'self'` holds), with the token
// read afresh for every request so a new login in the app tab is picked up.
import type { GraphiQLProps } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { explorerHeaders } from './explorerHeaders.js';

export function createExplorerFetcher(currentToken: () => string | null): GraphiQLProps['fetcher'] {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: explorerHeaders(currentToken(), options?.headers),
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // GraphiQL shows the answer as JSON; the shape of an error is all it needs.
      return { errors: [{ message: `Oväntat svar från servern (HTTP ${response.status}).` }] } as unknown as ExecutionResult;
    }
  };
}
