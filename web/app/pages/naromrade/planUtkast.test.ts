import { describe, expect, it } from 'vitest';
import type { Naromrade } from './agenda/dagordningsunderlag.js';
import { granskaUtkast, planutkast, radFalt } from './planUtkast.js';

const naromrade = {
  boenden: [
    { id: 'b1', namn: 'Åsholmen', typ: 'SARSKILT_BOENDE', antalPlatser: 40, antalBelagdaPlatser: 38 },
    { id: 'b2', namn: 'Dalvik', typ: 'KORTTIDSBOENDE', antalPlatser: 12, antalBelagdaPlatser: 10 },
  ],
  boendenUtanAnsvar: [{ id: 'b2' }],
  naromradesplan: {
    giltigFran: '2025-03-24',
    boendeansvar: [
      {
        boende: { id: 'b1' },
        ansvarigVardcentral: { hsaId: 'SE2321000131-E000000000011' },
        vardcentral: { hsaId: 'SE2321000131-E000000000011', namn: 'VC Hjällbo' },
        lakare: { hsaId: 'SE2321000131-P000000000011', namn: 'Eva Ek' },
        lakarmedverkanTimmarPerVecka: 4,
        rondfrekvens: 'VARJE_VECKA',
        kontaktperson: { namn: 'Anna', telefon: '010-1' },
      },
    ],
  },
} as unknown as Naromrade;

describe('planutkast', () => {
  it('starts from the plan in force and offers the boenden without ansvar, not yet taken in', () => {
    const utkast = planutkast(naromrade, '2026-12-07', '2026-12-08');
    expect(utkast.giltigFran).toBe('2026-12-08');
    expect(utkast.rader.map((rad) => [rad.boendeNamn, rad.med, rad.timmar])).toEqual([
      ['Åsholmen', true, '4'],
      ['Dalvik', false, ''],
    ]);
  });

  it('sends the rows taken in, and names a missing answer by its place among the rows sent', () => {
    const utkast = planutkast(naromrade, '2026-12-07', '2026-12-08');
    const result = granskaUtkast({ ...utkast, rader: utkast.rader.map((rad) => ({ ...rad, timmar: rad.med ? '4,5' : '' })) }, '1480-angered', '2026-12-07', '2025-03-24');
    expect('input' in result && result.input.boendeansvar).toEqual([
      {
        boendeId: 'b1',
        vardcentralHsaId: 'SE2321000131-E000000000011',
        lakareHsaId: 'SE2321000131-P000000000011',
        lakarmedverkanTimmarPerVecka: 4.5,
        rondfrekvens: 'VARJE_VECKA',
        kontaktpersonNamn: 'Anna',
        kontaktpersonTelefon: '010-1',
      },
    ]);
    const medDalvik = { ...utkast, rader: [{ ...utkast.rader[0]!, med: false }, { ...utkast.rader[1]!, med: true }] };
    expect(radFalt(medDalvik, 1, 'lakareHsaId')).toBe('input.boendeansvar[0].lakareHsaId');
    const fel = granskaUtkast(medDalvik, '1480-angered', '2026-12-07', '2025-03-24');
    expect('fel' in fel && Object.keys(fel.fel).sort()).toEqual(
      ['kontaktpersonNamn', 'kontaktpersonTelefon', 'lakareHsaId', 'lakarmedverkanTimmarPerVecka', 'vardcentralHsaId'].map((falt) => `input.boendeansvar[0].${falt}`).sort(),
    );
  });

  it('needs a start after the version in force and an adoption date not in the future', () => {
    const utkast = { ...planutkast(naromrade, '2026-12-07', '2026-12-08'), giltigFran: '2025-03-24', faststalldDatum: '2026-12-09' };
    const result = granskaUtkast(utkast, '1480-angered', '2026-12-07', '2025-03-24');
    expect('fel' in result && Object.keys(result.fel).sort()).toEqual(['input.faststalldDatum', 'input.giltigFran']);
  });
});
