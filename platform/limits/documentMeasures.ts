// Depth, aliases and directives of an operation, measured by GraphQL Armor's rules (which count each fragment
// once, so a fragment bomb is measured, not expanded): as validation rules that refuse what is over a limit,
// and as plain measures for the test that the project's own operations keep a margin.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { DocumentNode, GraphQLError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import { apolloGraphql } from '../schema/apolloGraphql.js';
import { limitValidationError, type LimitCode } from './limitExceeded.js';
import type { OperationLimits } from './operationLimits.js';

export interface DocumentMeasures {
  depth: number;
  aliases: number;
  directives: number;
}

type ArmorHandler = (context: ValidationContext | null, measured: GraphQLError | { n: number }) => void;

/** Armor's rules with these limits, each reporting a refusal with Samsyn's code (limitExceeded.ts). */
export function documentLimitRules(limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  const refuse = (code: LimitCode, limit: number): ArmorHandler => (context, rejection) => {
    // Armor's own message says "… exceeded, found N." when its limits are exposed, as here.
    const found = /found (\d+)/.exec('message' in rejection ? rejection.message : '');
    context?.reportError(limitValidationError(code, found ? Number(found[1]) : limit + 1, limit));
  };
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, onReject: [refuse('QUERY_TOO_DEEP', limits.maxDepth)] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [refuse('QUERY_TOO_MANY_ALIASES', limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [refuse('QUERY_TOO_MANY_DIRECTIVES', limits.maxDirectives)] }),
  ] as ValidationRule[];
}

/** The measures of every operation in `document` (the largest of each), with Armor's rules accepting anything. */
export function measureDocument(schema: GraphQLSchema, document: DocumentNode): DocumentMeasures {
  const measures: DocumentMeasures = { depth: 0, aliases: 0, directives: 0 };
  const keep = (key: keyof DocumentMeasures): ArmorHandler => (_context, accepted) => {
    if ('n' in accepted) measures[key] = Math.max(measures[key], accepted.n);
  };
  const unlimited = { exposeLimits: true, propagateOnRejection: false, n: Number.MAX_SAFE_INTEGER } as const;
  apolloGraphql.validate(schema, document, [
    maxDepthRule({ ...unlimited, flattenFragments: true, onAccept: [keep('depth')] }),
    maxAliasesRule({ ...unlimited, onAccept: [keep('aliases')] }),
    maxDirectivesRule({ ...unlimited, onAccept: [keep('directives')] }),
  ] as ValidationRule[]);
  return measures;
}
