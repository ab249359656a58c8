import { describe, expect, it } from 'vitest';
import { radskillnad, type Faltlasare } from './radskillnad.js';

interface Rad {
  id: string;
  namn: string;
  antal: number;
}

const falt: Faltlasare<Rad, 'NAMN' | 'ANTAL'> = { NAMN: (rad) => rad.namn, ANTAL: (rad) => String(rad.antal) };
const skillnad = (fore: Rad[], efter: Rad[]) => radskillnad(fore, efter, (rad) => rad.id, falt);

describe('radskillnad', () => {
  it('finds added, removed and changed rows by key, each change as old → new in the field table’s order', () => {
    const a = { id: 'a', namn: 'Ann', antal: 1 };
    const b = { id: 'b', namn: 'Bo', antal: 2 };
    const c = { id: 'c', namn: 'Cia', antal: 3 };
    const b2 = { id: 'b', namn: 'Bosse', antal: 2.5 };
    const d = { id: 'd', namn: 'Dan', antal: 4 };
    expect(skillnad([c, b, a], [d, b2, a])).toEqual({
      tillagda: [d],
      borttagna: [c],
      andrade: [
        {
          fore: b,
          efter: b2,
          andringar: [
            { falt: 'NAMN', fore: 'Bo', efter: 'Bosse' },
            { falt: 'ANTAL', fore: '2', efter: '2.5' },
          ],
        },
      ],
    });
  });

  it('gives nothing for equal versions, whatever their order, and everything for an empty side', () => {
    const rader = [
      { id: 'x', namn: 'X', antal: 1 },
      { id: 'y', namn: 'Y', antal: 2 },
    ];
    expect(skillnad(rader, [...rader].reverse())).toEqual({ tillagda: [], borttagna: [], andrade: [] });
    expect(skillnad([], rader)).toEqual({ tillagda: rader, borttagna: [], andrade: [] });
    expect(skillnad(rader, [])).toEqual({ tillagda: [], borttagna: rader, andrade: [] });
  });

  it('orders every list by key, so the answer does not depend on the rows’ order', () => {
    const rader = ['k', 'a', 'm'].map((id) => ({ id, namn: id, antal: 0 }));
    expect(skillnad([], rader).tillagda.map((rad) => rad.id)).toEqual(['a', 'k', 'm']);
    const andrade = skillnad(rader, rader.map((rad) => ({ ...rad, antal: 1 }))).andrade;
    expect(andrade.map((rad) => rad.efter.id)).toEqual(['a', 'k', 'm']);
  });

  it('goes the other way when the versions are swapped', () => {
    const fore = [{ id: 'a', namn: 'A', antal: 1 }];
    const efter = [{ id: 'a', namn: 'A', antal: 2 }, { id: 'b', namn: 'B', antal: 1 }];
    const fram = skillnad(fore, efter);
    const bak = skillnad(efter, fore);
    expect(bak.borttagna).toEqual(fram.tillagda);
    expect(bak.andrade[0]!.andringar).toEqual([{ falt: 'ANTAL', fore: '2', efter: '1' }]);
  });
});
