// GraphQL over HTTP's media types: the one a POST's body is in, and which of the two an answer goes as by the
// request's Accept header, chosen as Apollo Server chooses (highest q, then the most specific match, then the earlier
// range): the edge answers its own refusals in the media type Apollo would have used, with the status for it
// (requestErrorStatus.ts).

export type GraphqlMediaType = 'application/json' | 'application/graphql-response+json';

/** In order of preference when the Accept header ranks them alike; `application/json` also when there is none. */
const mediaTypes: readonly GraphqlMediaType[] = ['application/json', 'application/graphql-response+json'];

interface AcceptedRange {
  type: string;
  subtype: string;
  q: number;
  index: number;
}

/** The media type to answer in, or null when the Accept header accepts neither (the request is then refused with 406). */
export function responseMediaType(accept: string | null | undefined): GraphqlMediaType | null {
  if (accept === undefined || accept === null || accept.trim() === '') return 'application/json';
  const ranges = acceptedRanges(accept);
  let best: { mediaType: GraphqlMediaType; q: number; specificity: number; index: number } | null = null;
  for (const mediaType of mediaTypes) {
    const match = bestMatch(mediaType, ranges);
    if (!match || match.q <= 0) continue;
    if (!best || match.q > best.q || (match.q === best.q && (match.specificity > best.specificity || (match.specificity === best.specificity && match.index < best.index)))) {
      best = { mediaType, ...match };
    }
  }
  return best?.mediaType ?? null;
}

/** True for a POST body GraphQL over HTTP requires a server to take: `application/json`, with any parameters. */
export function isJsonRequest(contentType: string | null | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The content type header of an answer in `mediaType`: always UTF-8. */
export function contentTypeOf(mediaType: GraphqlMediaType): string {
  return `${mediaType}; charset=utf-8`;
}

/** The media type a content type header names, when it is one of GraphQL over HTTP's. */
export function graphqlMediaTypeOf(contentType: string | null | undefined): GraphqlMediaType | null {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaTypes.find((mediaType) => mediaType === essence) ?? null;
}

/** The range that decides for `mediaType`: the most specific one that matches it (an exact type over `type/*` over `*∕*`). */
function bestMatch(mediaType: GraphqlMediaType, ranges: readonly AcceptedRange[]): { q: number; specificity: number; index: number } | null {
  const [type, subtype] = mediaType.split('/') as [string, string];
  let best: { q: number; specificity: number; index: number } | null = null;
  for (const range of ranges) {
    const specificity = range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity) best = { q: range.q, specificity, index: range.index };
  }
  return best;
}

function acceptedRanges(accept: string): AcceptedRange[] {
  return accept.split(',').flatMap((part, index) => {
    const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    return Number.isFinite(q) ? [{ type, subtype, q, index }] : [];
  });
}
