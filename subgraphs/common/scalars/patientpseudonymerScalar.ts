// The `Patientpseudonymer` scalar: a list of patient pseudonyms passed between
// subgraphs (vgr → kommun through @requires) as one value. On the wire it is a
// JSON array of strings, exactly as `[String!]` would be; as one leaf it is
// checked in a single loop instead of being completed as thousands of list
// items, which cost the region's subgraph about 3 ms per NOSAM view.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

export function isPseudonymList(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

function pseudonymList(value: unknown): readonly string[] {
  if (!isPseudonymList(value)) throw new TypeError('Patientpseudonymer must be a list of strings');
  return value;
}

function literalList(ast: ValueNode): readonly string[] {
  if (ast.kind !== Kind.LIST) throw new TypeError('Patientpseudonymer must be a list of strings');
  return ast.values.map((item) => {
    if (item.kind !== Kind.STRING) throw new TypeError('Patientpseudonymer must be a list of strings');
    return item.value;
  });
}

export const PatientpseudonymerScalar = new GraphQLScalarType({
  name: 'Patientpseudonymer',
  description: 'Pseudonyms (keyed hashes) of patients, as a JSON array of strings. Internal to the federation.',
  serialize: pseudonymList,
  parseValue: pseudonymList,
  parseLiteral: literalList,
});
