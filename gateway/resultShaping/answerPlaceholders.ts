// Apollo Server hands its HTTP layer every answer as a string (`stringifyResult`). A passed-through answer is
// already the subgraph's bytes (singleFetchPassThrough.ts); decoding a megabyte of them into a string only for
// the HTTP server to encode it again would put that string on V8's heap. So `stringifyResult` gives a short
// placeholder instead, and the gateway's HTTP server swaps it for the bytes as it writes the answer.
import { samsynError } from '../../platform/errors/samsynError.js';

// NUL cannot begin JSON, so no answer serialized as JSON is ever taken for a placeholder.
const prefix = '\u0000samsyn-answer-bytes:';
/** Bytes waiting for the HTTP server, by placeholder: one per answer between its stringify and its write. */
const waiting = new Map<string, Uint8Array>();
let next = 0;

/** A placeholder for `bytes`, to be taken once by `answerBody`. */
export function answerPlaceholder(bytes: Uint8Array): string {
  const placeholder = `${prefix}${next++}`;
  waiting.set(placeholder, bytes);
  return placeholder;
}

/** What to send for an answer Apollo Server serialized as `text`: the bytes a placeholder stands for, else the text. */
export function answerBody(text: string): string | Uint8Array {
  if (!text.startsWith(prefix)) return text;
  const bytes = waiting.get(text);
  if (bytes === undefined) throw samsynError('INTERNAL_SERVER_ERROR', 'The answer was lost before it could be sent.');
  waiting.delete(text);
  return bytes;
}

/** Placeholders given out and not yet taken (tests: none may be left behind). */
export function waitingAnswerCount(): number {
  return waiting.size;
}
