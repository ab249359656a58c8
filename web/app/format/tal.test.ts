import { describe, expect, it } from 'vitest';
import { formatDecimal, formatEnDecimal, formatHeltal, formatProcent } from './tal.js';

describe('Swedish number formats', () => {
  it('uses a decimal comma and a space between thousands', () => {
    expect(formatHeltal(12345)).toBe('12\u00a0345');
    expect(formatEnDecimal(35.14)).toBe('35,1');
    expect(formatDecimal(0.25)).toBe('0,25');
    expect(formatDecimal(2)).toBe('2');
  });

  it('shows shares as whole percent', () => {
    expect(formatProcent(0.164)).toBe('16\u00a0%');
  });
});
