import { describe, it, expect } from 'vitest';
import { encodeCursor } from '../../common/pagination/cursor.js';
import type { AvvikelseRow } from '../rows.js';
import { aterkopplingsfristPosition, avvikelseCursorEncoder, decodeAvvikelseCursor, encodeAvvikelseCursor } from './avvikelseCursor.js';

describe('avvikelseCursor', () => {
  it('round-trips a position', () => {
    const position = { ordning: 'SENAST_RAPPORTERAD' as const, rapporteradTid: '2026-11-01T08:30:00.123Z', id: 'avv-000123' };
    expect(decodeAvvikelseCursor(encodeAvvikelseCursor(position))).toEqual(position);
  });

  it('round-trips a deadline-order position, computed from the row like the SQL key', () => {
    const row = { status: 'MOTTAGEN', mottagenTid: '2026-09-01T10:00:00.000Z', rapporteradTid: '2026-08-30T10:00:00.000Z', id: 'avv-1' } as AvvikelseRow;
    const cursor = avvikelseCursorEncoder('ATERKOPPLINGSFRIST')(row);
    expect(decodeAvvikelseCursor(cursor, 'ATERKOPPLINGSFRIST')).toEqual({ ordning: 'ATERKOPPLINGSFRIST', avslutad: 0, frist: '2026-10-31', id: 'avv-1' });
    // Not yet received: counted from the report; closed ones after all open ones.
    expect(aterkopplingsfristPosition({ ...row, status: 'RAPPORTERAD', mottagenTid: null })).toMatchObject({ avslutad: 0, frist: '2026-10-29' });
    expect(aterkopplingsfristPosition({ ...row, status: 'AVSLUTAD' })).toMatchObject({ avslutad: 1 });
  });

  it('refuses a cursor of the other order', () => {
    const newest = encodeAvvikelseCursor({ rapporteradTid: '2026-11-01T08:30:00.123Z', id: 'avv-1' });
    expect(() => decodeAvvikelseCursor(newest, 'ATERKOPPLINGSFRIST')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'CURSOR_INVALID' }) }));
    expect(() => decodeAvvikelseCursor(encodeCursor(['frist', 2, '2026-10-31', 'avv-1']), 'ATERKOPPLINGSFRIST')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'CURSOR_INVALID' }) }),
    );
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
