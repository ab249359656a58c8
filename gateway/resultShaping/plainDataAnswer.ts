// Whether a subgraph's JSON answer is exactly `{"data": {...}}`, told without parsing it: a 1.4 MB analysis
// answer that passes through unchanged need not become 30,000 objects in the gateway first.

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const openBracket = 0x5b;
const closeBrace = 0x7d;
const closeBracket = 0x5d;
const prefix = '{"data":{';

/**
 * True when `text` is one JSON object whose only member is `data`, an object: no `errors`, no `extensions`.
 * It checks the nesting of braces and brackets outside strings; that the text is valid JSON is left to the
 * subgraph, whose answers are JSON.stringify's output.
 */
export function isPlainDataAnswer(text: string): boolean {
  if (!text.startsWith(prefix)) return false;
  // Inside the answer object and its data object.
  let depth = 2;
  let index = prefix.length;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) {
      index = closingQuote(text, index);
      if (index < 0) return false;
    } else if (code === openBrace || code === openBracket) {
      depth++;
    } else if (code === closeBrace || code === closeBracket) {
      depth--;
      if (depth === 1) break;
    }
  }
  if (depth !== 1 || text.charCodeAt(index + 1) !== closeBrace) return false;
  for (let rest = index + 2; rest < text.length; rest++) {
    const code = text.charCodeAt(rest);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return true;
}

/** The index of the quote that closes the string opened at `start`, or -1. */
function closingQuote(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const candidate = text.indexOf('"', from);
    if (candidate < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(candidate - 1 - backslashes) === backslash) backslashes++;
    if (backslashes % 2 === 0) return candidate;
    from = candidate + 1;
  }
}
