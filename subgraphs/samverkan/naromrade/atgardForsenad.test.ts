import { describe, it, expect } from 'vitest';
import { isAtgardForsenad } from './atgardForsenad.js';

describe('isAtgardForsenad', () => {
  const today = '2026-11-23';
  it('is late when not done and the due date has passed', () => {
    expect(isAtgardForsenad({ status: 'PLANERAD', sistaDatum: '2026-11-22' }, today)).toBe(true);
    expect(isAtgardForsenad({ status: 'PAGAENDE', sistaDatum: '2025-01-01' }, today)).toBe(true);
  });
  it('is not late on the due date itself', () => {
    expect(isAtgardForsenad({ status: 'PAGAENDE', sistaDatum: today }, today)).toBe(false);
  });
  it('is never late when done', () => {
    expect(isAtgardForsenad({ status: 'KLAR', sistaDatum: '2020-01-01' }, today)).toBe(false);
  });
});
