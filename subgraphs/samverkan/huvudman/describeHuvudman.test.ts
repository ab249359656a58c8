import { describe, it, expect } from 'vitest';
import { huvudmanNamn, huvudmanTyp } from './describeHuvudman.js';

describe('describeHuvudman', () => {
  it('names the region', () => {
    expect(huvudmanTyp('VGR')).toBe('REGION');
    expect(huvudmanNamn('VGR')).toBe('Västra Götalandsregionen');
  });
  it('names a kommun from the reference file', () => {
    expect(huvudmanTyp('1490')).toBe('KOMMUN');
    expect(huvudmanNamn('1490')).toBe('Borås');
    expect(huvudmanNamn('1480')).toBe('Göteborg');
  });
  it('falls back to the code for a code that is not a kommun', () => {
    expect(huvudmanNamn('1403')).toBe('1403');
  });
});
