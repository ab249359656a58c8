import { describe, expect, it } from 'vitest';
import { parseTimeBudget, remainingTimeBudgetMs, runWithTimeBudget, statementTimeBudgetMs } from './timeBudget.js';

describe('time budget', () => {
  it('is carried through awaits of the request it was set for, and only there', async () => {
    expect(remainingTimeBudgetMs()).toBeNull();
    const inside = await runWithTimeBudget(800, async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return remainingTimeBudgetMs();
    });
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThanOrEqual(790);
    expect(remainingTimeBudgetMs()).toBeNull();
  });

  it('bounds a statement by the shorter of the statement timeout and what is left', () => {
    expect(statementTimeBudgetMs(5000)).toBe(5000);
    expect(runWithTimeBudget(300, () => statementTimeBudgetMs(5000))).toBeLessThanOrEqual(300);
    expect(runWithTimeBudget(60_000, () => statementTimeBudgetMs(5000))).toBe(5000);
    expect(runWithTimeBudget(null, () => statementTimeBudgetMs(5000))).toBe(5000);
  });

  it('never leaves less than a millisecond, so a spent budget still fails by timeout rather than waiting forever', async () => {
    const left = await runWithTimeBudget(1, async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return remainingTimeBudgetMs();
    });
    expect(left).toBe(1);
  });

  it.each([
    ['1500', 1500],
    [['250', '9000'], 250],
    [undefined, null],
    ['', null],
    ['0', null],
    ['-5', null],
    ['1.5', null],
    ['600001', null],
    ['9999999999', null],
    ['12ms', null],
  ])('reads the header %j as %j', (value, expected) => {
    expect(parseTimeBudget(value as string | string[] | undefined)).toBe(expected);
  });
});
