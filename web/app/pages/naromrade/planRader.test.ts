import { describe, expect, it } from 'vitest';
import { planRader } from './planRader.js';

const asphagen = { id: 'b1', namn: 'Asphagen' };
const dalvik = { id: 'b2', namn: 'Dalvik' };
const roshagen = { id: 'b3', namn: 'Roshagen' };
const ansvar = (boendeId: string | null, vardcentral = 'VC Angered') => ({ boende: boendeId ? { id: boendeId } : null, vardcentral });

describe('planRader', () => {
  it('gives every boende of the närområde a row, in the kommun’s order, with its boendeansvar', () => {
    const rader = planRader([asphagen, dalvik], [ansvar('b2', 'VC Hjällbo'), ansvar('b1')], []);
    expect(rader.map((rad) => [rad.boende?.namn, rad.ansvar?.vardcentral, rad.lucka])).toEqual([
      ['Asphagen', 'VC Angered', false],
      ['Dalvik', 'VC Hjällbo', false],
    ]);
  });

  it('marks the boenden the server lists without ansvar as gaps', () => {
    const rader = planRader([asphagen, dalvik, roshagen], [ansvar('b1')], [{ id: 'b2' }, { id: 'b3' }]);
    expect(rader.filter((rad) => rad.lucka).map((rad) => rad.boende?.namn)).toEqual(['Dalvik', 'Roshagen']);
    expect(rader.find((rad) => rad.boendeId === 'b2')?.ansvar).toBeNull();
  });

  it('applies the same rule itself when the list of gaps is missing', () => {
    const rader = planRader([asphagen, dalvik], [ansvar('b1')], null);
    expect(rader.map((rad) => rad.lucka)).toEqual([false, true]);
  });

  it('with no plan in force every boende is a gap', () => {
    expect(planRader([asphagen, dalvik], [], null).every((rad) => rad.lucka === true)).toBe(true);
  });

  it('when the kommun is down shows the plan’s rows with unknown boende and cannot tell gaps', () => {
    const rader = planRader(null, [ansvar('b1'), ansvar('b2')], null);
    expect(rader).toEqual([
      { boendeId: 'b1', boende: null, ansvar: ansvar('b1'), lucka: null },
      { boendeId: 'b2', boende: null, ansvar: ansvar('b2'), lucka: null },
    ]);
  });

  it('keeps a plan row whose boende the kommun no longer lists in the närområde, after the listed ones', () => {
    const rader = planRader([asphagen], [ansvar('b9'), ansvar('b1')], []);
    expect(rader.map((rad) => [rad.boendeId, rad.boende?.namn ?? null, rad.lucka])).toEqual([
      ['b1', 'Asphagen', false],
      ['b9', null, false],
    ]);
  });
});
