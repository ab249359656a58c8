import { describe, expect, it } from 'vitest';
import { defaultQuietRules, isDisturbed, isQuiet, judgeRun } from './quietMachine.js';

describe('quiet machine rules', () => {
  it('calls the machine quiet below 10 % of one core', () => {
    expect(isQuiet(0.02, defaultQuietRules)).toBe(true);
    expect(isQuiet(0.1, defaultQuietRules)).toBe(false);
    expect(isQuiet(1.2, defaultQuietRules)).toBe(false);
  });

  it('calls a run disturbed when others used more than 8 % of one core (the VM agent alone takes 2–4 %)', () => {
    expect(isDisturbed(0.05, defaultQuietRules)).toBe(false);
    expect(isDisturbed(0.08, defaultQuietRules)).toBe(false);
    expect(isDisturbed(0.081, defaultQuietRules)).toBe(true);
  });

  it('repeats a disturbed run three times, then keeps it marked', () => {
    expect(judgeRun(0.01, 1, defaultQuietRules)).toBe('keep');
    expect(judgeRun(0.3, 1, defaultQuietRules)).toBe('repeat');
    expect(judgeRun(0.3, 3, defaultQuietRules)).toBe('repeat');
    expect(judgeRun(0.3, 4, defaultQuietRules)).toBe('keep-disturbed');
    expect(judgeRun(0.01, 4, defaultQuietRules)).toBe('keep');
  });
});
