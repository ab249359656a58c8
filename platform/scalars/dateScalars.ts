// The `Date` and `DateTime` custom scalars shared by every subgraph. Parsing
// only insists on a string: the resolver that takes the argument validates it
// with `parseIsoDate`, so the error can name the exact input field and carry a
// stable reason (graphql-js drops custom extensions from coercion errors).
import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate, isIsoDateTime } from './isoDate.js';

function serializeDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new TypeError('Date cannot represent a value that is not a YYYY-MM-DD date');
}

function serializeDateTime(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && isIsoDateTime(value)) return new Date(value).toISOString();
  throw new TypeError('DateTime cannot represent a value that is not an ISO-8601 instant');
}

function parseString(typeName: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${typeName} must be given as a string`);
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO-8601 `YYYY-MM-DD`.',
  serialize: serializeDate,
  parseValue: (value) => parseString('Date', value),
  parseLiteral: (ast) => parseString('Date', ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with offset, e.g. `2026-11-23T08:30:00.000Z`.',
  serialize: serializeDateTime,
  parseValue: (value) => parseString('DateTime', value),
  parseLiteral: (ast) => parseString('DateTime', ast.kind === Kind.STRING ? ast.value : undefined),
});
