// Counts the lexical tokens of a query document with graphql-js's own lexer, as its parser would meet them, so
// a document over the limit is refused before it is parsed (a parse allocates a node for almost every token).
import { Lexer, Source, TokenKind } from 'graphql';

/** The number of tokens, or null when the text cannot be read as tokens (the parser then reports where). */
export function countTokens(query: string): number | null {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return null;
  }
  return count;
}

/** Whether `query` may hold more than `limit` tokens: every token takes a character at least. */
export function mayExceedTokens(query: string, limit: number): boolean {
  return query.length > limit;
}
