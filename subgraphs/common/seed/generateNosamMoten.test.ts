import { describe, expect, it } from 'vitest';
import { generateWorld } from './generateWorld.js';
import { testReferenceDate } from './referenceDate.js';

describe('generateNosamMoten', () => {
  const world = generateWorld('small', testReferenceDate);
  const { moten, naromraden, atgarder, naromradesplaner } = world.samverkan;

  it('gives every närområde a history of meetings before the reference date, some weeks apart', () => {
    for (const naromrade of naromraden) {
      const egna = moten.filter((mote) => mote.naromradeId === naromrade.id).map((mote) => mote.datum);
      expect(egna.length, naromrade.id).toBeGreaterThanOrEqual(3);
      expect(egna.every((datum) => datum < testReferenceDate)).toBe(true);
      expect(new Set(egna).size).toBe(egna.length);
    }
  });

  it('names the participants of both huvudmän, and links decisions only to open åtgärder of the plan in force', () => {
    for (const mote of moten) {
      expect(mote.medverkande.some((person) => person.huvudman === 'VGR')).toBe(true);
      expect(mote.medverkande.some((person) => person.huvudman !== 'VGR')).toBe(true);
      for (const beslut of mote.beslut) {
        if (beslut.skapadAtgardId === null) continue;
        const atgard = atgarder.find((candidate) => candidate.id === beslut.skapadAtgardId)!;
        expect(atgard.status).not.toBe('KLAR');
        expect(naromradesplaner.find((plan) => plan.id === atgard.planId)).toMatchObject({ naromradeId: mote.naromradeId, giltigTill: null });
      }
    }
  });

  it('is the same world every time', () => {
    expect(generateWorld('small', testReferenceDate).samverkan.moten).toEqual(moten);
  });
});
