import { describe, expect, it } from 'vitest';
import { canInline, inlineParameters } from './inlineParameters.js';

describe('inlineParameters', () => {
  it('writes each parameter as the quoted text pg would send for it', () => {
    expect(inlineParameters('select * from t where a = $1 and b = any($2) limit $3', ['x', ['1', '2'], 10])).toBe(
      `select * from t where a = 'x' and b = any('{"1","2"}') limit '10'`,
    );
    expect(inlineParameters('select $1, $2', [null, true])).toBe(`select NULL, 'true'`);
  });

  it('doubles quotes and escapes backslashes, so a value can never end its literal', () => {
    expect(inlineParameters('select $1', ["O'Brien'; drop table t; --"])).toBe(`select 'O''Brien''; drop table t; --'`);
    expect(inlineParameters('select $1', ['a\\b'])).toBe(`select  E'a\\\\b'`);
  });

  it('leaves $n inside strings, quoted identifiers, comments and dollar quotes alone', () => {
    const text = `select '$1' as "$1", $$ $1 $$, $tag$ $1 $tag$ -- $1\n, /* $1 */ $1`;
    expect(inlineParameters(text, ['v'])).toBe(`select '$1' as "$1", $$ $1 $$, $tag$ $1 $tag$ -- $1\n, /* $1 */ 'v'`);
    expect(inlineParameters(`select 'it''s $1', $1`, ['v'])).toBe(`select 'it''s $1', 'v'`);
  });

  it('reads multi-digit positions and refuses a position without a parameter', () => {
    const parameters = Array.from({ length: 12 }, (_, index) => `p${index + 1}`);
    expect(inlineParameters('select $12, $1', parameters)).toBe(`select 'p12', 'p1'`);
    expect(() => inlineParameters('select $2', ['only one'])).toThrow(RangeError);
  });
});

describe('canInline', () => {
  it('accepts text-representable values and refuses bytes and functions', () => {
    expect([null, undefined, 'a', 1, 2n, false, ['a', ['b']], new Date(0)].every(canInline)).toBe(true);
    expect(canInline(Buffer.from('a'))).toBe(false);
    expect(canInline({ a: 1 })).toBe(false);
    expect(canInline(() => 1)).toBe(false);
  });
});
