// Random subgraph answers for a selection set, for the tests that compare Samsyn's replacements of
// @apollo/gateway's functions with the originals: mostly valid, and at a chosen rate not.
import {
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  possibleRuntimeTypes,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';

/**
 * A small deterministic random source, so a failure can be replayed. `exact`: answers as a subgraph's
 * serializer writes them, with exactly the fields selected (no unasked `__typename`) and IDs as strings.
 */
export function randomSource(seed: number, { exact = false } = {}) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { exact, next, chance: (p: number) => next() < p, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}
export type Random = ReturnType<typeof randomSource>;

/** A subgraph-like answer for a selection set: mostly valid, sometimes not (rate `oddness`). */
export function randomAnswer(schema: Schema, selectionSet: SelectionSet, random: Random, oddness: number, depth = 0): Record<string, unknown> {
  const parent = selectionSet.parentType;
  const answer: Record<string, unknown> = {};
  let runtime = parent;
  if (!isObjectType(parent)) {
    const candidates = possibleRuntimeTypes(parent as any);
    runtime = random.pick(candidates);
    answer['__typename'] = random.chance(oddness / 2) ? 'NoSuchType' : runtime.name;
  } else if (!random.exact && random.chance(0.3)) {
    answer['__typename'] = parent.name;
  }
  for (const selection of selectionSet.selections()) {
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      if (field.name === '__typename' || field.definition.isSchemaIntrospectionField()) continue;
      answer[field.responseName()] = randomValue(schema, field.definition.type!, selection.selectionSet, random, oddness, depth);
    } else {
      Object.assign(answer, randomAnswer(schema, selection.selectionSet, random, oddness, depth));
      if (answer['__typename'] === undefined && !isObjectType(parent)) answer['__typename'] = runtime.name;
    }
  }
  return answer;
}

function randomValue(schema: Schema, type: Type, selectionSet: SelectionSet | undefined, random: Random, oddness: number, depth: number): unknown {
  if (random.chance(oddness / 3)) return null;
  if (isNonNullType(type)) return randomValue(schema, type.ofType, selectionSet, random, oddness / 2, depth);
  if (isListType(type)) {
    const length = depth > 3 ? 1 : Math.floor(random.next() * 4);
    return Array.from({ length }, () => randomValue(schema, type.ofType, selectionSet, random, oddness, depth + 1));
  }
  if (isCompositeType(type)) return randomAnswer(schema, selectionSet!, random, oddness, depth + 1);
  if (random.chance(oddness / 3)) return random.pick([true, 'text', 1.5, 7, { not: 'a leaf' }]);
  if (isEnumType(type)) return random.chance(oddness / 3) ? 'NOT_A_VALUE' : random.pick(type.values).name;
  switch (type.name) {
    case 'Int':
      return Math.floor(random.next() * 100);
    case 'Float':
      return random.next() * 100;
    case 'Boolean':
      return random.chance(0.5);
    case 'ID':
      return random.exact || random.chance(0.5) ? String(Math.floor(random.next() * 1000)) : Math.floor(random.next() * 1000);
    case 'String':
      return `text ${Math.floor(random.next() * 1000)}`;
    default:
      return random.exact ? '2026-11-30' : random.pick(['2026-11-30', 191212121212, { custom: true }]);
  }
}

