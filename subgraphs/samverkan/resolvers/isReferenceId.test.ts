import { describe, it, expect } from 'vitest';
import { isReferenceId } from './isReferenceId.js';

describe('isReferenceId', () => {
  it('accepts the ids this federation uses', () => {
    for (const id of ['1480-angered', 'avv-000123', 'sip-00012', 'boende-1480-0001', 'goteborgsomradet', `avv-${'0'.repeat(36)}`]) {
      expect(isReferenceId(id)).toBe(true);
    }
  });
  it('refuses empty, overlong, odd or non-string keys', () => {
    for (const id of ['', ' 1480-angered', '-x', 'a'.repeat(101), "x'; DROP TABLE avvikelse; --", 'ö', 42, null, undefined, {}]) {
      expect(isReferenceId(id)).toBe(false);
    }
  });
});
