// A list that grows page by page ("Visa fler"): the first page through
// useOperation, each further page appended after the last cursor. New
// variables start over from the first page.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import type { AvvikelseRadFragment } from '../../generated/graphql.js';
import { classifyErrors, type OperationProblems } from '../../graphql/operationProblems.js';
import { useMutationRunner, useOperation } from '../../graphql/useOperation.js';

interface Sida {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: AvvikelseRadFragment }[];
}

export function useFlerSidor<Data, Variables extends { after?: string | null }>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables | null,
  sidaAv: (data: Data) => Sida,
) {
  const forsta = useOperation(document, variables);
  const run = useMutationRunner();
  const [fler, setFler] = useState<{ rader: AvvikelseRadFragment[]; pageInfo: Sida['pageInfo'] | null }>({ rader: [], pageInfo: null });
  const [hamtar, setHamtar] = useState(false);
  const [problem, setProblem] = useState<OperationProblems | null>(null);
  const nyckel = JSON.stringify(variables);
  useEffect(() => {
    setFler({ rader: [], pageInfo: null });
    setProblem(null);
  }, [nyckel]);

  const forstaSidan = forsta.status === 'klar' ? sidaAv(forsta.data) : null;
  const pageInfo = fler.pageInfo ?? forstaSidan?.pageInfo ?? null;
  const visaFler = useCallback(async () => {
    if (!variables || !pageInfo?.endCursor) return;
    setHamtar(true);
    const result = await run(document, { ...variables, after: pageInfo.endCursor });
    setHamtar(false);
    if (!result.data) {
      setProblem(classifyErrors(result.errors));
      return;
    }
    const sida = sidaAv(result.data);
    setProblem(null);
    setFler((forra) => ({ rader: [...forra.rader, ...sida.edges.map((edge) => edge.node)], pageInfo: sida.pageInfo }));
  }, [variables, pageInfo, run, document, sidaAv]);

  return {
    forsta,
    rader: forstaSidan ? [...forstaSidan.edges.map((edge) => edge.node), ...fler.rader] : [],
    totalt: forstaSidan?.totalCount ?? 0,
    finnsFler: pageInfo?.hasNextPage ?? false,
    hamtar,
    problem,
    visaFler,
  };
}
