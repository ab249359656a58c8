import { describe, expect, it } from 'vitest';
import { sparradInformationFinns } from './sparradInformationFinns.js';

describe('sparradInformationFinns', () => {
  it('is true when any huvudman hides something, false only when both say nothing is hidden', () => {
    expect(sparradInformationFinns(true, false)).toBe(true);
    expect(sparradInformationFinns(false, true)).toBe(true);
    expect(sparradInformationFinns(true, null)).toBe(true);
    expect(sparradInformationFinns(false, false)).toBe(false);
    expect(sparradInformationFinns(false, null)).toBeNull();
    expect(sparradInformationFinns(undefined, undefined)).toBeNull();
  });
});
