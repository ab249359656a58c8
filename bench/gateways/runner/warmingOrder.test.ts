import { describe, expect, it } from 'vitest';
import { warmingOrder } from './warmingOrder.js';

const ids = (launchers: { id: string }[]) => launchers.map((launcher) => launcher.id);

describe('warmingOrder', () => {
  it('warms through every gateway, the reference B first', () => {
    expect(ids(warmingOrder([{ id: 'A' }, { id: 'B' }, { id: 'C' }]))).toEqual(['B', 'A', 'C']);
  });

  it('keeps the given order without B, and warms once per gateway', () => {
    expect(ids(warmingOrder([{ id: 'C' }, { id: 'A' }]))).toEqual(['C', 'A']);
    expect(ids(warmingOrder([{ id: 'B' }]))).toEqual(['B']);
  });
});
