import { describe, expect, it } from 'vitest';
import { presentationsdelar, presentationsTangent } from './presentation.js';

describe('presentationsTangent', () => {
  const antal = presentationsdelar.length;
  it('steps with arrows and a clicker, stops at the ends, jumps with Home and End, leaves with Escape', () => {
    expect(presentationsTangent('ArrowRight', 0, antal)).toEqual({ typ: 'till', del: 1 });
    expect(presentationsTangent('PageDown', antal - 1, antal)).toEqual({ typ: 'till', del: antal - 1 });
    expect(presentationsTangent('ArrowLeft', 0, antal)).toEqual({ typ: 'till', del: 0 });
    expect(presentationsTangent('PageUp', 3, antal)).toEqual({ typ: 'till', del: 2 });
    expect(presentationsTangent('End', 0, antal)).toEqual({ typ: 'till', del: antal - 1 });
    expect(presentationsTangent('Home', 5, antal)).toEqual({ typ: 'till', del: 0 });
    expect(presentationsTangent('Escape', 5, antal)).toEqual({ typ: 'avsluta' });
    expect(presentationsTangent('a', 5, antal)).toBeNull();
  });
});
