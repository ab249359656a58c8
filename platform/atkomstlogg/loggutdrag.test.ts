import { describe, expect, it } from 'vitest';
import { loggutdragReference } from './loggutdrag.js';

describe('loggutdragReference', () => {
  it('keeps a valid personnummer or samordningsnummer and nothing else of the representation', () => {
    expect(loggutdragReference({ patientId: '191212121212' })).toEqual({ patientId: '191212121212' });
    expect(loggutdragReference({ patientId: '191212721219', id: 'x' } as { patientId: string })).toEqual({ patientId: '191212721219' });
  });

  it('answers null for a malformed or invalid id, or none', () => {
    expect(loggutdragReference({ patientId: '191212121213' })).toBeNull();
    expect(loggutdragReference({ patientId: '19121212-1212' })).toBeNull();
    expect(loggutdragReference({ patientId: 191212121212 })).toBeNull();
    expect(loggutdragReference({})).toBeNull();
  });
});
