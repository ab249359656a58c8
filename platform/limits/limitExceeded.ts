// The refusal of an operation over one of its limits: HTTP 400 with a code of its own, and a message that names
// what was measured and the limit (and the setting that raises it).
import { GraphQLError } from 'graphql';
import { requestError } from '../errors/samsynError.js';

export type LimitCode = 'QUERY_TOO_LARGE' | 'QUERY_TOO_DEEP' | 'QUERY_TOO_MANY_ALIASES' | 'QUERY_TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COMPLEX';

const settings: Record<LimitCode, string> = {
  QUERY_TOO_LARGE: 'SAMSYN_MAX_TOKENS',
  QUERY_TOO_DEEP: 'SAMSYN_MAX_DEPTH',
  QUERY_TOO_MANY_ALIASES: 'SAMSYN_MAX_ALIASES',
  QUERY_TOO_MANY_DIRECTIVES: 'SAMSYN_MAX_DIRECTIVES',
  QUERY_TOO_COMPLEX: 'SAMSYN_MAX_COST',
};

export function limitMessage(code: LimitCode, measured: number, limit: number): string {
  const [m, l] = [measured.toLocaleString('en'), limit.toLocaleString('en')];
  const finding = {
    QUERY_TOO_LARGE: `The query has ${m} tokens; at most ${l} are allowed`,
    QUERY_TOO_DEEP: `Fields are nested ${m} levels deep; at most ${l} are allowed`,
    QUERY_TOO_MANY_ALIASES: `The operation has ${m} aliases; at most ${l} are allowed`,
    QUERY_TOO_MANY_DIRECTIVES: `The operation has ${m} directives; at most ${l} are allowed`,
    QUERY_TOO_COMPLEX: `The operation's estimated cost is ${m} (an object 1, a list's selection times its size); at most ${l} is allowed`,
  }[code];
  return `${finding} (${settings[code]}). Ask for less, or split the operation.`;
}

/** The error that ends a request (HTTP 400) before it is planned or executed. */
export function limitExceeded(code: LimitCode, measured: number, limit: number): GraphQLError {
  return requestError(code, limitMessage(code, measured, limit), { measured, limit });
}

/**
 * The same refusal reported from a validation rule: Apollo Server gives every validation error the code
 * GRAPHQL_VALIDATION_FAILED, so the code travels in `samsynCode` and the error formatting puts it back (formatError.ts).
 */
export function limitValidationError(code: LimitCode, measured: number, limit: number): GraphQLError {
  return new GraphQLError(limitMessage(code, measured, limit), { extensions: { samsynCode: code, measured, limit } });
}
