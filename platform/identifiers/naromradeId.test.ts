import { describe, it, expect } from 'vitest';
import { isNaromradeId, kommunkodOfNaromrade } from './naromradeId.js';

describe('kommunkodOfNaromrade', () => {
  it('reads the kommunkod of a Göteborg stadsdel and of a one-närområde kommun', () => {
    expect(kommunkodOfNaromrade('1480-angered')).toBe('1480');
    expect(kommunkodOfNaromrade('1480-orgryte-harlanda')).toBe('1480');
    expect(kommunkodOfNaromrade('1401-harryda')).toBe('1401');
  });

  it('refuses ids outside Västra Götaland or not shaped <kommunkod>-<slug>', () => {
    for (const id of ['0180-stockholm', '1480', '1480-', '1480-Angered', '1480--angered', 'angered', "1480-x' OR 1=1", `1480-${'a'.repeat(100)}`]) {
      expect(kommunkodOfNaromrade(id), id).toBeNull();
      expect(isNaromradeId(id), id).toBe(false);
    }
  });
});
