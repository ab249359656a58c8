// An entity fetch with each representation once. The query planner's executor sends one representation per
// occurrence of an entity in the answer so far: the NOSAM view's plan names each boende's vårdcentral and
// läkare, so vgr was asked for the same few vårdcentraler and läkare some eighty times each. The subgraph
// resolves each distinct one once; the answer is spread back over the occurrences, each its own copy.
import type { GraphQLFormattedError } from 'graphql';
import type { QueryAnswer, QueryRequest } from './mergedQuery.js';

export interface UniqueRepresentations {
  /** The request with each distinct representation once. */
  request: QueryRequest;
  /** The answer to that request as the answer to the original one. */
  expand<Answer extends QueryAnswer>(answer: Answer): Answer;
}

/** The fetch with its repeated representations left out, or null when it has none (or is no entity fetch). */
export function uniqueRepresentations(request: QueryRequest): UniqueRepresentations | null {
  const representations = request.variables?.['representations'];
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const positionByKey = new Map<string, number>();
  const unique: unknown[] = [];
  /** For each original representation, its position among the unique ones. */
  const uniqueIndex: number[] = [];
  for (const representation of representations) {
    const key = JSON.stringify(representation);
    let position = positionByKey.get(key);
    if (position === undefined) {
      position = unique.length;
      positionByKey.set(key, position);
      unique.push(representation);
    }
    uniqueIndex.push(position);
  }
  if (unique.length === representations.length) return null;
  return {
    request: { ...request, variables: { ...request.variables, representations: unique } },
    expand: (answer) => expandAnswer(answer, uniqueIndex, unique.length),
  };
}

function expandAnswer<Answer extends QueryAnswer>(answer: Answer, uniqueIndex: readonly number[], uniqueCount: number): Answer {
  const entities = answer.data?.['_entities'];
  // Not the answer the request asked for: left as it is, for the executor to report.
  if (!Array.isArray(entities) || entities.length !== uniqueCount) return answer;
  const handedOut = new Array<boolean>(uniqueCount).fill(false);
  const expanded = uniqueIndex.map((position) => {
    const entity: unknown = entities[position];
    if (!handedOut[position]) {
      handedOut[position] = true;
      return entity;
    }
    // The executor merges each entity into the answer, and later fetches merge into those: no two may share an object.
    return copyOf(entity);
  });
  const errors = answer.errors?.flatMap((error) => spreadError(error, uniqueIndex));
  return { ...answer, data: { ...answer.data, _entities: expanded }, ...(errors ? { errors } : {}) };
}

/** An error at `_entities[i]` belongs to every occurrence of the i-th unique representation. */
function spreadError(error: GraphQLFormattedError, uniqueIndex: readonly number[]): GraphQLFormattedError[] {
  const path = error.path;
  if (path?.[0] !== '_entities' || typeof path[1] !== 'number') return [error];
  const copies: GraphQLFormattedError[] = [];
  uniqueIndex.forEach((position, original) => {
    if (position === path[1]) copies.push({ ...error, path: ['_entities', original, ...path.slice(2)] });
  });
  return copies;
}

function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = copyOf(inner);
    return copy;
  }
  return value;
}
