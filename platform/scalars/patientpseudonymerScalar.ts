// The `Patientpseudonymer` scalar: the region's patient pseudonyms passed to a kommun (vgr → kommun through
// @requires) as one string, the 22-character pseudonyms one after another. As a JSON array of strings, every
// service on the way (the region writing, the gateway reading and writing again, the kommun reading and
// checking) handled thousands of small strings per NOSAM view; as one string each handles one value.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Every pseudonym is this long (patientPseudonym.ts: 22 characters of base64url). */
export const pseudonymLength = 22;
const packedPattern = /^[A-Za-z0-9_-]*$/;
const refusal = `Patientpseudonymer must be one string of ${pseudonymLength}-character base64url pseudonyms`;

/**
 * Lists already found well formed: a närområde's list is one remembered value in the region for a while, and
 * every view within it checks the same text again (a pattern over some 60,000 characters, against a lookup).
 */
const wellFormedLists = new Set<string>();
const maximumRemembered = 64;

/** Whether a value is pseudonyms packed one after another (the empty string: none). */
export function isPackedPseudonymer(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (wellFormedLists.has(value)) return true;
  if (value.length % pseudonymLength !== 0 || !packedPattern.test(value)) return false;
  if (wellFormedLists.size >= maximumRemembered) wellFormedLists.clear();
  wellFormedLists.add(value);
  return true;
}

/** The pseudonyms as one string; every one must be a pseudonym as patientPseudonym makes them. */
export function packPseudonymer(pseudonymer: readonly string[]): string {
  const packed = pseudonymer.join('');
  if (packed.length !== pseudonymer.length * pseudonymLength || !packedPattern.test(packed)) throw new TypeError(refusal);
  return packed;
}

/** The pseudonyms of a packed string, in its order. */
export function unpackPseudonymer(packed: string): string[] {
  const pseudonymer: string[] = [];
  for (let at = 0; at + pseudonymLength <= packed.length; at += pseudonymLength) pseudonymer.push(packed.slice(at, at + pseudonymLength));
  return pseudonymer;
}

function packed(value: unknown): string {
  if (!isPackedPseudonymer(value)) throw new TypeError(refusal);
  return value;
}

function literal(ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw new TypeError(refusal);
  return packed(ast.value);
}

export const PatientpseudonymerScalar = new GraphQLScalarType({
  name: 'Patientpseudonymer',
  description: 'Pseudonyms (keyed hashes) of patients, 22 characters each, one after another in one string. Internal to the federation.',
  serialize: packed,
  parseValue: packed,
  parseLiteral: literal,
});
