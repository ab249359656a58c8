import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parsePageSize } from './cursor.js';

describe('cursors', () => {
  it('round-trip their values', () => {
    expect(decodeCursor(encodeCursor(['2026-11-01T08:00:00.000Z', 'avv-1']), ['string', 'string'])).toEqual(['2026-11-01T08:00:00.000Z', 'avv-1']);
  });

  it('refuse anything they did not make', () => {
    for (const bad of ['nonsense', encodeCursor([1, 'x']), encodeCursor(['a'])]) {
      expect(() => decodeCursor(bad, ['string', 'string'])).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ reason: 'CURSOR_INVALID' }) }),
      );
    }
  });

  it('bound the page size', () => {
    expect(parsePageSize(undefined)).toBe(20);
    expect(parsePageSize(100)).toBe(100);
    for (const bad of [0, 101, 2.5, -1]) {
      expect(() => parsePageSize(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'PAGE_SIZE_INVALID' }) }));
    }
  });
});
