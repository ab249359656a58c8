import { describe, it, expect } from 'vitest';
import type { RapporteraAvvikelseInput } from '../generated/resolvers.js';
import { checkHuvudmanInNaromrade, validateRapporteraAvvikelse, yearsBefore } from './validateRapporteraAvvikelse.js';

const today = '2026-11-23';

const valid: RapporteraAvvikelseInput = {
  klientnyckel: 'rapport-0001',
  kategori: 'LAKEMEDEL',
  handelsedatum: '2026-11-20',
  rapporterandeHuvudman: '1480',
  rapporterandeEnhetHsaId: 'SE2321000131-E000000000001',
  mottagandeHuvudman: 'VGR',
  naromradeId: '1480-angered',
  beskrivning: '  Läkemedelslistan följde inte med vid utskrivning.  ',
  patientId: '191212121212',
};

function badInput(reason: string, field: string) {
  return expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason, field }) });
}

describe('validateRapporteraAvvikelse', () => {
  it('accepts a valid report and normalises it', () => {
    expect(validateRapporteraAvvikelse(valid, today)).toEqual({
      klientnyckel: 'rapport-0001',
      kategori: 'LAKEMEDEL',
      handelsedatum: '2026-11-20',
      rapporterandeHuvudman: '1480',
      rapporterandeEnhetHsaId: 'SE2321000131-E000000000001',
      mottagandeHuvudman: 'VGR',
      mottagandeEnhetHsaId: null,
      naromradeId: '1480-angered',
      beskrivning: 'Läkemedelslistan följde inte med vid utskrivning.',
      personnummer: '191212121212',
    });
  });

  it('keeps a receiving unit when the reporter names one, and refuses a malformed one', () => {
    expect(validateRapporteraAvvikelse({ ...valid, mottagandeEnhetHsaId: 'SE2321000131-E000000000042' }, today).mottagandeEnhetHsaId).toBe('SE2321000131-E000000000042');
    expect(() => validateRapporteraAvvikelse({ ...valid, mottagandeEnhetHsaId: 'vårdcentralen' }, today)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.mottagandeEnhetHsaId' }) }),
    );
  });

  it('accepts a report without a patient, and an event today or exactly five years back', () => {
    expect(validateRapporteraAvvikelse({ ...valid, patientId: null }, today).personnummer).toBeNull();
    expect(validateRapporteraAvvikelse({ ...valid, patientId: undefined }, today).personnummer).toBeNull();
    expect(validateRapporteraAvvikelse({ ...valid, handelsedatum: today }, today).handelsedatum).toBe(today);
    expect(validateRapporteraAvvikelse({ ...valid, handelsedatum: '2021-11-23' }, today).handelsedatum).toBe('2021-11-23');
  });

  it('writes text in one Unicode form, so a retry from another keyboard hashes the same', () => {
    const decomposed = 'Vårdplanering'.normalize('NFD');
    expect(validateRapporteraAvvikelse({ ...valid, beskrivning: decomposed }, today).beskrivning).toBe('Vårdplanering');
  });

  it.each<[string, Partial<RapporteraAvvikelseInput>, string, string]>([
    ['a short client key', { klientnyckel: 'kort' }, 'CLIENT_KEY_INVALID', 'input.klientnyckel'],
    ['a client key with spaces', { klientnyckel: 'rapport 0001' }, 'CLIENT_KEY_INVALID', 'input.klientnyckel'],
    ['a client key over 100 characters', { klientnyckel: 'x'.repeat(101) }, 'CLIENT_KEY_INVALID', 'input.klientnyckel'],
    ['a date that does not exist', { handelsedatum: '2026-02-30' }, 'DATE_INVALID', 'input.handelsedatum'],
    ['a date in another format', { handelsedatum: '20261120' }, 'DATE_INVALID', 'input.handelsedatum'],
    ['a date in the future', { handelsedatum: '2026-11-24' }, 'DATE_IN_FUTURE', 'input.handelsedatum'],
    ['a date more than five years back', { handelsedatum: '2021-11-22' }, 'DATE_INVALID', 'input.handelsedatum'],
    ['an unknown reporting huvudman', { rapporterandeHuvudman: 'Region Halland' }, 'HUVUDMAN_INVALID', 'input.rapporterandeHuvudman'],
    ['a kommun outside the county', { mottagandeHuvudman: '0180' }, 'HUVUDMAN_INVALID', 'input.mottagandeHuvudman'],
    ['the same huvudman twice', { rapporterandeHuvudman: 'VGR', mottagandeHuvudman: 'VGR' }, 'SAME_HUVUDMAN', 'input.mottagandeHuvudman'],
    ['a malformed HSA-id', { rapporterandeEnhetHsaId: 'E000000000001' }, 'HSA_ID_INVALID', 'input.rapporterandeEnhetHsaId'],
    ['an empty description', { beskrivning: ' \n\t ' }, 'TEXT_EMPTY', 'input.beskrivning'],
    ['a description over 4000 characters', { beskrivning: 'å'.repeat(4001) }, 'TEXT_TOO_LONG', 'input.beskrivning'],
    ['a personnummer in the description', { beskrivning: 'Patient 19121212-1212 fick fel dos.' }, 'TEXT_CONTAINS_PERSONNUMMER', 'input.beskrivning'],
    ['a ten-digit personnummer in the description', { beskrivning: 'Gäller 1212121212.' }, 'TEXT_CONTAINS_PERSONNUMMER', 'input.beskrivning'],
    ['a personnummer glued to a letter', { beskrivning: 'Gäller x191212121212.' }, 'TEXT_CONTAINS_PERSONNUMMER', 'input.beskrivning'],
    ['a NUL in the description', { beskrivning: 'Fel dos\u0000' }, 'TEXT_CONTROL_CHARACTER', 'input.beskrivning'],
    ['a personnummer with a separator', { patientId: '19121212-1212' }, 'PERSONNUMMER_FORMAT', 'input.patientId'],
    ['a personnummer with a wrong check digit', { patientId: '191212121213' }, 'PERSONNUMMER_INVALID', 'input.patientId'],
  ])('refuses %s', (_name, change, reason, field) => {
    expect(() => validateRapporteraAvvikelse({ ...valid, ...change }, today)).toThrow(badInput(reason, field));
  });

  it('keeps dates and phone numbers in the description, and never echoes a personnummer', () => {
    const beskrivning = 'Händelsen 2026-11-20, ring 010-123 45 67.';
    expect(validateRapporteraAvvikelse({ ...valid, beskrivning }, today).beskrivning).toBe(beskrivning);
    expect(() => validateRapporteraAvvikelse({ ...valid, beskrivning: 'Gäller 191212121212.' }, today)).toThrow(expect.not.objectContaining({ message: expect.stringMatching(/1212/) }));
  });

  it('counts characters, not UTF-16 units, against the 4000 limit', () => {
    expect(validateRapporteraAvvikelse({ ...valid, beskrivning: '🙂'.repeat(4000) }, today).beskrivning).toHaveLength(8000);
  });
});

describe('checkHuvudmanInNaromrade', () => {
  const rapport = validateRapporteraAvvikelse(valid, today);
  it('accepts the närområde’s own kommun and the region', () => {
    expect(() => checkHuvudmanInNaromrade(rapport, '1480')).not.toThrow();
    expect(() => checkHuvudmanInNaromrade({ ...rapport, rapporterandeHuvudman: 'VGR', mottagandeHuvudman: '1480' }, '1480')).not.toThrow();
  });
  it('refuses a kommun the närområde does not lie in', () => {
    expect(() => checkHuvudmanInNaromrade(rapport, '1490')).toThrow(badInput('HUVUDMAN_NOT_IN_NAROMRADE', 'input.rapporterandeHuvudman'));
    expect(() => checkHuvudmanInNaromrade({ ...rapport, rapporterandeHuvudman: 'VGR', mottagandeHuvudman: '1490' }, '1480')).toThrow(
      badInput('HUVUDMAN_NOT_IN_NAROMRADE', 'input.mottagandeHuvudman'),
    );
  });
});

describe('yearsBefore', () => {
  it('keeps the calendar day', () => {
    expect(yearsBefore('2026-11-23', 5)).toBe('2021-11-23');
  });
  it('moves 29 February to 28 February', () => {
    expect(yearsBefore('2028-02-29', 5)).toBe('2023-02-28');
  });
});
