import { describe, expect, it } from 'vitest';
import { boendenUtanAnsvar } from './boendenUtanAnsvar.js';

describe('boendenUtanAnsvar', () => {
  it('is the kommun’s boenden without a row in the plan in force, in the kommun’s order', () => {
    expect(boendenUtanAnsvar(['b3', 'b1', 'b2', 'b4'], ['b1', 'b4'])).toEqual(['b3', 'b2']);
  });
  it('is every boende when no plan is in force', () => {
    expect(boendenUtanAnsvar(['b1', 'b2'], [])).toEqual(['b1', 'b2']);
  });
  it('is empty when every boende is covered, and ignores rows for boenden the kommun no longer lists', () => {
    expect(boendenUtanAnsvar(['b1'], ['b1', 'b9'])).toEqual([]);
  });
  it('names a boende listed twice by the kommun once', () => {
    expect(boendenUtanAnsvar(['b1', 'b1'], [])).toEqual(['b1']);
  });
});
