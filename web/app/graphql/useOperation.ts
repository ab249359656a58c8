// Runs a typed query for a page and tracks its state: loading, done (possibly
// partial: one huvudman down) or failed. A new variables value refetches; an
// expired login sends the user back to the login page.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../session/SessionContext.js';
import { executeOperation, type Atkomstgrund } from './executeOperation.js';
import { classifyErrors, type OperationProblems } from './operationProblems.js';

export type OperationState<Data> =
  | { status: 'vilande' }
  | { status: 'laddar' }
  | { status: 'klar'; data: Data; problems: OperationProblems }
  | { status: 'fel'; problems: OperationProblems };

/** `variables: null` means "not yet" (e.g. nothing chosen): the query is not sent. */
export function useOperation<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables | null,
  options: { atkomstgrund?: Atkomstgrund | null } = {},
): OperationState<Data> & { refetch(): void } {
  const { session, logout } = useSession();
  const [state, setState] = useState<OperationState<Data>>({ status: 'vilande' });
  const [generation, setGeneration] = useState(0);
  const key = variables === null ? null : JSON.stringify([variables, options.atkomstgrund ?? null]);
  const latest = useRef({ variables, atkomstgrund: options.atkomstgrund });
  latest.current = { variables, atkomstgrund: options.atkomstgrund };

  useEffect(() => {
    if (key === null) {
      setState({ status: 'vilande' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'laddar' });
    executeOperation(document, latest.current.variables as Variables, {
      token: session.token,
      atkomstgrund: latest.current.atkomstgrund ?? null,
      signal: controller.signal,
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        const problems = classifyErrors(result.errors);
        if (problems.unauthenticated) {
          logout('Inloggningen har gått ut. Logga in igen.');
          return;
        }
        setState(result.data ? { status: 'klar', data: result.data, problems } : { status: 'fel', problems });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [document, key, generation, session.token, logout]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, refetch };
}

/** For mutations: runs on demand (with the access ground, when one was given) and reports problems the same way. */
export function useMutationRunner() {
  const { session, logout } = useSession();
  return useCallback(
    async <Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables, options: { atkomstgrund?: Atkomstgrund | null } = {}) => {
      const result = await executeOperation(document, variables, { token: session.token, atkomstgrund: options.atkomstgrund ?? null });
      const problems = classifyErrors(result.errors);
      if (problems.unauthenticated) logout('Inloggningen har gått ut. Logga in igen.');
      return { data: result.data, errors: result.errors, problems };
    },
    [session.token, logout],
  );
}
