import { describe, it, expect } from 'vitest';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { decodeAvvikelseCursor, encodeAvvikelseCursor } from './avvikelseCursor.js';

describe('avvikelseCursor', () => {
  it('round-trips a position', () => {
    const position = { rapporteradTid: '2026-11-01T08:30:00.123Z', id: 'avv-000123' };
    expect(decodeAvvikelseCursor(encodeAvvikelseCursor(position))).toEqual(position);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['wrong arity', encodeCursor(['2026-11-01T08:30:00.000Z'])],
    ['wrong kinds', encodeCursor([1, 'avv-1'])],
    ['not an instant', encodeCursor(['yesterday', 'avv-1'])],
  ])('refuses %s with CURSOR_INVALID', (_name, cursor) => {
    expect(() => decodeAvvikelseCursor(cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID', field: 'after' }) }),
    );
  });
});
