import { describe, expect, it } from 'vitest';
import { enhetsnamn, enhetsnamnKompletta } from './enhetsnamn.js';

const angered = { vardcentraler: [{ hsaId: 'SE2321000131-E000000000101', namn: 'Vårdcentralen Angered' }] };
const lundby = { vardcentraler: [{ hsaId: 'SE2321000131-E000000000102', namn: 'Vårdcentralen Lundby' }] };

describe('enhetsnamn', () => {
  it("maps every vårdcentral's HSA-id to its name", () => {
    expect([...enhetsnamn([angered, lundby]).entries()]).toEqual([
      ['SE2321000131-E000000000101', 'Vårdcentralen Angered'],
      ['SE2321000131-E000000000102', 'Vårdcentralen Lundby'],
    ]);
  });

  it('has no names where the region did not answer', () => {
    expect(enhetsnamn([{ vardcentraler: null }, lundby]).size).toBe(1);
    expect(enhetsnamn(null).size).toBe(0);
  });
});

describe('enhetsnamnKompletta', () => {
  it('is false when any närområde lacks its vårdcentraler, or the answer is missing', () => {
    expect(enhetsnamnKompletta([angered, lundby])).toBe(true);
    expect(enhetsnamnKompletta([angered, { vardcentraler: null }])).toBe(false);
    expect(enhetsnamnKompletta(undefined)).toBe(false);
  });
});
