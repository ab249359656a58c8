import { describe, expect, it } from 'vitest';
import { andraInsats, faltForStartaSip, felUtanInsats, granskaStartaSip, laggTillDagar, laggTillInsats, rader, taBortInsats, tomtStartaSip } from './startaSip.js';

const idag = '2026-12-07';
const patient = { personnummer: '194001019806', naromradeId: '1480-angered', klientnyckel: 'b9f1c2d4-0000-4000-8000-000000000001' };
const ifylld = {
  ...tomtStartaSip(idag, '1480', '1480'),
  samtycke: true,
  behov: 'Trygghet i hemmet\n\n  Läkemedel  ',
  insatser: [{ nyckel: 1, beskrivning: 'Hjälp med läkemedel', huvudman: '1480', verksamhet: 'Hemsjukvård' }],
};

describe('tomtStartaSip', () => {
  it('starts without consent, consent dated today, follow-up in 30 days, at the user’s side', () => {
    expect(tomtStartaSip(idag, '1480', '1480')).toMatchObject({
      samtycke: false,
      samtyckeDatum: idag,
      nastaUppfoljning: '2027-01-06',
      huvudansvar: '1480',
      insatser: [{ nyckel: 1, beskrivning: '', huvudman: '1480', verksamhet: '' }],
    });
    expect(tomtStartaSip(idag, 'VGR', '1480')).toMatchObject({ huvudansvar: 'VGR', insatser: [{ huvudman: 'VGR' }] });
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

describe('several insatser', () => {
  const tva = andraInsats(laggTillInsats(ifylld, 'VGR'), 1, { beskrivning: ' Läkarbesök i hemmet ', verksamhet: 'Närsjukvårdsteam Angered' });

  it('adds an empty insats last at the given side, with a key of its own', () => {
    const tillagd = laggTillInsats(laggTillInsats(ifylld, 'VGR'), '1480');
    expect(tillagd.insatser.map((insats) => [insats.nyckel, insats.huvudman, insats.beskrivning])).toEqual([
      [1, '1480', 'Hjälp med läkemedel'],
      [2, 'VGR', ''],
      [3, '1480', ''],
    ]);
    // A key is never reused after a removal, so a new row never takes an old row's place.
    expect(laggTillInsats(taBortInsats(tillagd, 1), 'VGR').insatser.map((insats) => insats.nyckel)).toEqual([1, 3, 4]);
  });

  it('removes any insats but the only one', () => {
    expect(taBortInsats(tva, 0).insatser.map((insats) => insats.nyckel)).toEqual([2]);
    expect(taBortInsats(ifylld, 0)).toBe(ifylld);
  });

  it('sends every insats in the one input, trimmed and in order', () => {
    const granskat = granskaStartaSip(tva, patient, idag);
    expect('input' in granskat && granskat.input.insatser).toEqual([
      { beskrivning: 'Hjälp med läkemedel', huvudman: '1480', verksamhet: 'Hemsjukvård' },
      { beskrivning: 'Läkarbesök i hemmet', huvudman: 'VGR', verksamhet: 'Närsjukvårdsteam Angered' },
    ]);
  });

  it('says per insats what is missing, naming it by its number', () => {
    const granskat = granskaStartaSip(laggTillInsats(laggTillInsats(ifylld, 'VGR'), 'VGR'), patient, idag);
    expect('fel' in granskat && granskat.fel).toEqual({
      'input.insatser.1.beskrivning': 'Beskriv vad som görs i insats 2.',
      'input.insatser.1.verksamhet': 'Ange verksamheten för insats 2.',
      'input.insatser.2.beskrivning': 'Beskriv vad som görs i insats 3.',
      'input.insatser.2.verksamhet': 'Ange verksamheten för insats 3.',
    });
    expect(granskaStartaSip({ ...ifylld, insatser: [] }, patient, idag)).toEqual({ fel: { 'input.insatser': 'Lägg till minst en insats.' } });
  });

  it('moves the messages of later insatser up when one is removed, and drops its own', () => {
    expect(
      felUtanInsats(
        { 'input.behov': 'b', 'input.insatser.0.verksamhet': 'v0', 'input.insatser.1.beskrivning': 'b1', 'input.insatser.2.beskrivning': 'b2', 'input.insatser.2': 'i2' },
        1,
      ),
    ).toEqual({ 'input.behov': 'b', 'input.insatser.0.verksamhet': 'v0', 'input.insatser.1.beskrivning': 'b2', 'input.insatser.1': 'i2' });
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
