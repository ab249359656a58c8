import { describe, expect, it } from 'vitest';
import { invanareListadeAnnanstans } from './invanareListadeAnnanstans.js';

describe('invanareListadeAnnanstans', () => {
  it('counts the residents not listed at the responsible vårdcentral, each once', () => {
    const listade = new Set(['a', 'b', 'c']);
    expect(invanareListadeAnnanstans(['a', 'b', 'x', 'y', 'y'], listade)).toBe(2);
  });

  it('is zero when every resident is listed there, and every resident when none is', () => {
    expect(invanareListadeAnnanstans(['a', 'b'], new Set(['a', 'b', 'q']))).toBe(0);
    expect(invanareListadeAnnanstans(['a', 'b'], new Set())).toBe(2);
    expect(invanareListadeAnnanstans([], new Set(['a']))).toBe(0);
  });
});
