// Whether a subgraph's JSON answer is exactly `{"data": {...}}`, told from its bytes without parsing or decoding
// them: an analysis answer of many thousand cells that passes through unchanged need not become objects in the
// gateway first. UTF-8 encodes every character outside ASCII as bytes of 0x80 and above, so the ASCII
// quotes, backslashes, braces and brackets this looks for are never part of another character.

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const openBracket = 0x5b;
const closeBrace = 0x7d;
const closeBracket = 0x5d;
const prefix = Buffer.from('{"data":{', 'latin1');

/**
 * True when `bytes` (UTF-8) are one JSON object whose only member is `data`, an object: no `errors`, no
 * `extensions`. It checks the nesting of braces and brackets outside strings; that the text is valid JSON is left
 * to the subgraph, whose answers are JSON.stringify's output.
 */
export function isPlainDataAnswer(bytes: Uint8Array): boolean {
  if (bytes.length < prefix.length || prefix.compare(bytes, 0, prefix.length) !== 0) return false;
  const length = bytes.length;
  // Inside the answer object and its data object.
  let depth = 2;
  let index = prefix.length;
  for (; index < length; index++) {
    const code = bytes[index]!;
    if (code === quote) {
      // A string: on to its closing quote, stepping over each escaped character. (A loop over the bytes is
      // faster here than Buffer's indexOf, a call into C++ per string, on answers of many short strings.)
      for (index++; index < length; index++) {
        const inner = bytes[index]!;
        if (inner === backslash) index++;
        else if (inner === quote) break;
      }
      if (index >= length) return false;
    } else if (code === openBrace || code === openBracket) {
      depth++;
    } else if (code === closeBrace || code === closeBracket) {
      depth--;
      if (depth === 1) break;
    }
  }
  if (depth !== 1 || bytes[index + 1] !== closeBrace) return false;
  for (let rest = index + 2; rest < length; rest++) {
    const code = bytes[rest];
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return true;
}
