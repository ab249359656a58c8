import { describe, expect, it } from 'vitest';
import { isPlainDataAnswer as isPlainDataBytes } from './plainDataAnswer.js';

/** The check on the UTF-8 bytes of `text`, as the gateway gets them from a subgraph. */
const isPlainDataAnswer = (text: string) => isPlainDataBytes(Buffer.from(text, 'utf8'));

describe('isPlainDataAnswer', () => {
  it('accepts JSON.stringify of an answer with data only, with or without a closing newline', () => {
    const answer = { data: { analys: { celler: [{ namn: 'Borås {"x"} [', antal: { varde: 5 } }, { namn: 'a\\"}', antal: null }], tom: [] }, b: 1 } };
    expect(isPlainDataAnswer(JSON.stringify(answer))).toBe(true);
    expect(isPlainDataAnswer(`${JSON.stringify(answer)}\n`)).toBe(true);
    expect(isPlainDataAnswer('{"data":{}}')).toBe(true);
    expect(isPlainDataAnswer(JSON.stringify({ data: { slutar: 'c:\\', sedan: '}', och: '\\"' } }))).toBe(true);
    expect(isPlainDataAnswer('{"data":{"a":"\\"}')).toBe(false);
  });

  it('reads strings with characters outside ASCII byte by byte without losing its place', () => {
    expect(isPlainDataAnswer(JSON.stringify({ data: { kommun: 'Öckerö', kategori: 'Läkemedel "å" }', tecken: '\u2028 ✓ 😀' } }))).toBe(true);
    expect(isPlainDataAnswer(`{"data":{"kommun":"Ale}"},"errors":[{"message":"Övrigt"}]}`)).toBe(false);
  });

  it('refuses answers with errors or extensions, wherever they stand', () => {
    expect(isPlainDataAnswer(JSON.stringify({ errors: [{ message: 'nej' }], data: { a: null } }))).toBe(false);
    expect(isPlainDataAnswer(JSON.stringify({ data: { a: 1 }, errors: [{ message: 'nej' }] }))).toBe(false);
    expect(isPlainDataAnswer(JSON.stringify({ data: { a: '}' }, extensions: { ftv1: 'x' } }))).toBe(false);
  });

  it('refuses data that is not an object, and cut-off or unbalanced text', () => {
    expect(isPlainDataAnswer('{"data":null}')).toBe(false);
    expect(isPlainDataAnswer('{"data":{"a":[1,2}')).toBe(false);
    expect(isPlainDataAnswer('{"data":{"a":"open')).toBe(false);
    expect(isPlainDataAnswer('{"data":{"a":1}}}')).toBe(false);
    expect(isPlainDataAnswer('{"data":{"a":1}} x')).toBe(false);
    expect(isPlainDataAnswer('{"data":{"a":1}')).toBe(false);
    expect(isPlainDataAnswer('{"data":')).toBe(false);
    expect(isPlainDataAnswer('')).toBe(false);
  });
});
