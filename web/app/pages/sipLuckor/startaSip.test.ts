import { describe, expect, it } from 'vitest';
import { faltForStartaSip, granskaStartaSip, laggTillDagar, rader, tomtStartaSip } from './startaSip.js';

const idag = '2026-12-07';
const patient = { personnummer: '194001019806', naromradeId: '1480-angered', klientnyckel: 'b9f1c2d4-0000-4000-8000-000000000001' };
const ifylld = {
  ...tomtStartaSip(idag, '1480', '1480'),
  samtycke: true,
  behov: 'Trygghet i hemmet\n\n  Läkemedel  ',
  insatsBeskrivning: 'Hjälp med läkemedel',
  insatsVerksamhet: 'Hemsjukvård',
};

describe('tomtStartaSip', () => {
  it('starts without consent, consent dated today, follow-up in 30 days, at the user’s side', () => {
    expect(tomtStartaSip(idag, '1480', '1480')).toMatchObject({ samtycke: false, samtyckeDatum: idag, nastaUppfoljning: '2027-01-06', huvudansvar: '1480', insatsHuvudman: '1480' });
    expect(tomtStartaSip(idag, 'VGR', '1480')).toMatchObject({ huvudansvar: 'VGR', insatsHuvudman: 'VGR' });
  });
});

describe('granskaStartaSip', () => {
  it('refuses without the patient’s consent, and says what else is missing', () => {
    const granskat = granskaStartaSip(tomtStartaSip(idag, '1480', '1480'), patient, idag);
    expect('fel' in granskat && Object.keys(granskat.fel).sort()).toEqual(['input.behov', 'input.insatser.0.beskrivning', 'input.insatser.0.verksamhet', 'input.samtycke']);
  });

  it('refuses a consent date in the future and a follow-up in the past', () => {
    const granskat = granskaStartaSip({ ...ifylld, samtyckeDatum: '2026-12-08', nastaUppfoljning: '2026-12-06' }, patient, idag);
    expect('fel' in granskat && Object.keys(granskat.fel).sort()).toEqual(['input.nastaUppfoljning', 'input.samtyckeDatum']);
  });

  it('gives the input for this one patient with samtycke true and the form’s klientnyckel', () => {
    expect(granskaStartaSip(ifylld, patient, idag)).toEqual({
      input: {
        klientnyckel: patient.klientnyckel,
        patientId: '194001019806',
        naromradeId: '1480-angered',
        huvudansvar: '1480',
        behov: ['Trygghet i hemmet', 'Läkemedel'],
        insatser: [{ beskrivning: 'Hjälp med läkemedel', huvudman: '1480', verksamhet: 'Hemsjukvård' }],
        samtycke: true,
        samtyckeDatum: idag,
        nastaUppfoljning: '2027-01-06',
      },
    });
  });
});

describe('helpers', () => {
  it('maps every behov line’s error to the behov field', () => {
    expect(faltForStartaSip({ 'input.behov.1': 'a', 'input.behov.0': 'b', 'input.nastaUppfoljning': 'c' })).toEqual({ 'input.behov': 'a', 'input.nastaUppfoljning': 'c' });
  });
  it('splits lines and adds days across months and years', () => {
    expect(rader(' a \n\n b')).toEqual(['a', 'b']);
    expect(laggTillDagar('2026-12-31', 1)).toBe('2027-01-01');
    expect(laggTillDagar('2028-02-28', 1)).toBe('2028-02-29');
  });
});
