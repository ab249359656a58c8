// The cost of an operation for graphql-query-complexity, in the model of Apollo Router's demand control: an
// object costs 1, a scalar or enum 0, a mutation field 10, and a list multiplies what is selected under it by
// its size, so nested lists multiply (49 kommuner × their närområden × …). A list's size is its slicing
// argument (`first`) when its `@listSize` names one, else its assumed size, else a default; `_entities` counts
// the representations it was given. A connection field multiplies by its slice, and its `edges` then count once.
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ListSize, ListSizes } from './listSizes.js';

const mutationCost = 10;

export function listFanOutEstimator(listSizes: ListSizes, defaultListSize: number): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    // Introspection is answered from the schema in memory and is off in production (as demand control leaves it out).
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const own = (type.name === 'Mutation' ? mutationCost : node.selectionSet ? 1 : 0) + childComplexity;
    const coordinate = `${type.name}.${field.name}`;
    if (listSizes.sizedByParent.has(coordinate)) return own;
    if (field.name === '_entities') return (Array.isArray(args['representations']) ? args['representations'].length : defaultListSize) * own;
    const declared = listSizes.fields.get(coordinate);
    if (declared) return (declaredSize(declared, args) ?? defaultListSize) * own;
    return isList(String(field.type)) ? defaultListSize * own : own;
  };
}

/** `[X]`, `[X!]!`, `[[X]]`: the printed type of a list field starts with a bracket. */
function isList(printedType: string): boolean {
  return printedType.startsWith('[');
}

/** The slicing argument's value (defaults included), else the assumed size. */
function declaredSize(size: ListSize, args: Record<string, unknown>): number | null {
  for (const name of size.slicingArguments) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return size.assumedSize;
}
