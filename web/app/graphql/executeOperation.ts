// Sends one typed operation to Samsyn (through the web server's /graphql),
// with the user's token and, where the user chose one, the access ground.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphqlError } from './operationProblems.js';

/** The access ground the user attests for another huvudman's patient data. */
export type Atkomstgrund = { typ: 'SAMTYCKE' } | { typ: 'NODATKOMST'; anledning: string };

export interface OperationResult<Data> {
  data: Data | null;
  errors: GraphqlError[];
}

export interface OperationOptions {
  token: string;
  atkomstgrund?: Atkomstgrund | null;
  signal?: AbortSignal;
}

export function atkomstgrundHeaders(atkomstgrund: Atkomstgrund | null | undefined): Record<string, string> {
  if (!atkomstgrund) return {};
  if (atkomstgrund.typ === 'SAMTYCKE') return { 'x-samsyn-atkomstgrund': 'samtycke' };
  return { 'x-samsyn-atkomstgrund': 'nodatkomst', 'x-samsyn-nodatkomst-anledning': encodeURIComponent(atkomstgrund.anledning) };
}

export async function executeOperation<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  options: OperationOptions,
): Promise<OperationResult<Data>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.token}`,
        ...atkomstgrundHeaders(options.atkomstgrund),
      },
      body: JSON.stringify({ query: print(document), variables }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { data: null, errors: [{ message: 'Samsyn svarar inte. Kontrollera nätverket och försök igen.', extensions: { code: 'NETWORK_ERROR' } }] };
  }
  let body: { data?: Data | null; errors?: GraphqlError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return { data: null, errors: [{ message: `Oväntat svar från servern (HTTP ${response.status}).`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
