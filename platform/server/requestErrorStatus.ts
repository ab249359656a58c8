// The HTTP status of an answer that refuses a well-formed GraphQL request (a document that does not parse or validate,
// variables that do not coerce, a limit of Samsyn's), as GraphQL over HTTP asks: 200 when it goes as
// application/json, whose clients read the errors from the body whatever the status, and 400 as
// application/graphql-response+json. What is no GraphQL request at all (BAD_REQUEST) is 400 either way.
import type { GraphqlMediaType } from './graphqlMediaTypes.js';

/** `status` as Apollo Server or the edge chose it (400 for every refusal), `codes` those of the answer's errors. */
export function requestErrorStatus(status: number, mediaType: GraphqlMediaType | null, codes: readonly string[]): number {
  const graphqlRequestError = codes.length > 0 && !codes.includes('BAD_REQUEST');
  return status === 400 && mediaType === 'application/json' && graphqlRequestError ? 200 : status;
}
