import { describe, expect, it } from 'vitest';
import { kortEtikett } from './kortEtikett.js';

describe('kortEtikett', () => {
  it('keeps a name that fits', () => {
    expect(kortEtikett('Informationsöverföring', 22)).toBe('Informationsöverföring');
  });

  it('cuts a longer name with an ellipsis, within the room', () => {
    expect(kortEtikett('Vårdcentralen Hjällbo och Hammarkullen', 20)).toBe('Vårdcentralen Hjäll…');
    expect(kortEtikett('Vårdcentralen Hjällbo och Hammarkullen', 20)).toHaveLength(20);
  });

  it('does not end on a space before the ellipsis', () => {
    expect(kortEtikett('Närhälsan Hjällbo vårdcentral', 11)).toBe('Närhälsan…');
  });
});
