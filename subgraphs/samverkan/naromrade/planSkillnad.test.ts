import { describe, expect, it } from 'vitest';
import type { AtgardRow, BoendeansvarRow } from '../rows.js';
import { planSkillnad } from './planSkillnad.js';

function ansvar(boendeId: string, planId: string, andrat: Partial<BoendeansvarRow> = {}): BoendeansvarRow {
  return {
    id: `${planId}-${boendeId}`,
    planId,
    boendeId,
    vardcentralHsaId: 'SE2321000131-E000000000031',
    lakareHsaId: 'SE2321000131-P000000000126',
    lakarmedverkanTimmarPerVecka: 2,
    rondfrekvens: 'VARJE_VECKA',
    kontaktpersonNamn: 'Johanna Lindgren',
    kontaktpersonTelefon: '010-498 62 05',
    ...andrat,
  };
}

function atgard(id: string, planId: string, andrat: Partial<AtgardRow> = {}): AtgardRow {
  return { id, planId, beskrivning: 'Gemensam rutin för läkemedelsgenomgång', agare: 'VGR', ansvarigEnhet: 'Vårdcentralen Angered', sistaDatum: '2026-12-31', status: 'PLANERAD', ...andrat };
}

describe('planSkillnad', () => {
  it('matches boendeansvar by boende (not by row id) and gives every changed field as old → new text', () => {
    const fran = { boendeansvar: [ansvar('boende-1', 'v1'), ansvar('boende-2', 'v1'), ansvar('boende-3', 'v1')], atgarder: [] };
    const till = {
      boendeansvar: [
        ansvar('boende-1', 'v2'),
        ansvar('boende-2', 'v2', { vardcentralHsaId: 'SE2321000131-E000000000032', lakarmedverkanTimmarPerVecka: 2.5, rondfrekvens: 'VARANNAN_VECKA', kontaktpersonTelefon: '010-400 00 00' }),
        ansvar('boende-4', 'v2'),
      ],
      atgarder: [],
    };
    const { boendeansvar } = planSkillnad(fran, till);
    expect(boendeansvar.tillagda.map((row) => row.boendeId)).toEqual(['boende-4']);
    expect(boendeansvar.borttagna.map((row) => row.boendeId)).toEqual(['boende-3']);
    expect(boendeansvar.andrade).toHaveLength(1);
    expect(boendeansvar.andrade[0]!.efter.id).toBe('v2-boende-2');
    expect(boendeansvar.andrade[0]!.andringar).toEqual([
      { falt: 'VARDCENTRAL', fore: 'SE2321000131-E000000000031', efter: 'SE2321000131-E000000000032' },
      { falt: 'LAKARMEDVERKAN_TIMMAR_PER_VECKA', fore: '2', efter: '2.5' },
      { falt: 'RONDFREKVENS', fore: 'VARJE_VECKA', efter: 'VARANNAN_VECKA' },
      { falt: 'KONTAKTPERSON_TELEFON', fore: '010-498 62 05', efter: '010-400 00 00' },
    ]);
  });

  it('compares the läkare and the contact person’s name too', () => {
    const { boendeansvar } = planSkillnad(
      { boendeansvar: [ansvar('boende-1', 'v1')], atgarder: [] },
      { boendeansvar: [ansvar('boende-1', 'v2', { lakareHsaId: 'SE2321000131-P000000000130', kontaktpersonNamn: 'Elin Mohammed' })], atgarder: [] },
    );
    expect(boendeansvar.andrade[0]!.andringar.map((andring) => andring.falt)).toEqual(['LAKARE', 'KONTAKTPERSON_NAMN']);
  });

  it('follows an åtgärd carried over to a new version by its original id; done ones left behind are removed, new ones added', () => {
    const fran = { boendeansvar: [], atgarder: [atgard('atg-00001', 'v1'), atgard('atg-00002', 'v1', { status: 'KLAR' }), atgard('atg-00003-v1', 'v1')] };
    const till = {
      boendeansvar: [],
      atgarder: [atgard('atg-00001-v2', 'v2', { status: 'PAGAENDE', sistaDatum: '2027-01-31' }), atgard('atg-00003-v2', 'v2'), atgard('atg-ny', 'v2')],
    };
    const { atgarder } = planSkillnad(fran, till);
    expect(atgarder.tillagda.map((row) => row.id)).toEqual(['atg-ny']);
    expect(atgarder.borttagna.map((row) => row.id)).toEqual(['atg-00002']);
    expect(atgarder.andrade).toEqual([
      {
        fore: fran.atgarder[0],
        efter: till.atgarder[0],
        andringar: [
          { falt: 'SISTA_DATUM', fore: '2026-12-31', efter: '2027-01-31' },
          { falt: 'STATUS', fore: 'PLANERAD', efter: 'PAGAENDE' },
        ],
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    const plan = { boendeansvar: [ansvar('boende-1', 'v1')], atgarder: [atgard('atg-00001', 'v1')] };
    const empty = { tillagda: [], borttagna: [], andrade: [] };
    expect(planSkillnad(plan, plan)).toEqual({ boendeansvar: empty, atgarder: empty });
  });
});
