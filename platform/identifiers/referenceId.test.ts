import { describe, expect, it } from 'vitest';
import { isReferenceId } from './referenceId.js';

describe('isReferenceId', () => {
  it.each(['1480-angered', 'nst-angered', '1407-ockero', 'ep-1', 'a'])('accepts the slug "%s"', (id) => {
    expect(isReferenceId(id)).toBe(true);
  });

  it.each(['', '-angered', '1480 angered', "x' OR '1'='1", 'örgryte', 'a'.repeat(101)])('refuses "%s"', (id) => {
    expect(isReferenceId(id)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isReferenceId(1480)).toBe(false);
    expect(isReferenceId(null)).toBe(false);
  });
});
