import { describe, expect, it } from 'vitest';
import { granskaMote, tomDeltagare, tomtBeslut, tomtMote, type MoteFormular } from './moteFormular.js';

const idag = '2026-12-07';

function ifyllt(): MoteFormular {
  return {
    ...tomtMote(idag, '1480'),
    starttid: '13:30',
    plats: ' Angereds närsjukhus ',
    deltagare: [
      { namn: 'Eva Ek', roll: 'Verksamhetschef', organisation: 'Vårdcentralen Angered', huvudman: 'VGR' },
      tomDeltagare('1480'),
    ],
    beslut: [
      { ...tomtBeslut('1480'), beskrivning: 'Ny rutin', typ: 'ny-atgard', atgardBeskrivning: 'Ta fram rutin', ansvarigEnhet: 'Äldreomsorgen', sistaDatum: '2027-01-31' },
      { ...tomtBeslut('1480'), beskrivning: 'Klart', typ: 'stang-atgard', stangAtgardId: 'atg-1' },
      { ...tomtBeslut('VGR'), beskrivning: 'Bara ett beslut', atgardBeskrivning: 'ignoreras' },
    ],
    systemfelAvvikelseIds: ['avv-1'],
  };
}

describe('granskaMote', () => {
  it('builds the input: empty participant rows dropped, texts trimmed, each decision of its kind', () => {
    const result = granskaMote(ifyllt(), '1480-angered', idag);
    expect(result).toEqual({
      input: {
        naromradeId: '1480-angered',
        datum: idag,
        starttid: '13:30',
        plats: 'Angereds närsjukhus',
        medverkande: [{ namn: 'Eva Ek', roll: 'Verksamhetschef', organisation: 'Vårdcentralen Angered', huvudman: 'VGR' }],
        beslut: [
          { beskrivning: 'Ny rutin', nyAtgard: { beskrivning: 'Ta fram rutin', agare: '1480', ansvarigEnhet: 'Äldreomsorgen', sistaDatum: '2027-01-31' } },
          { beskrivning: 'Klart', stangAtgardId: 'atg-1' },
          { beskrivning: 'Bara ett beslut' },
        ],
        systemfelAvvikelseIds: ['avv-1'],
      },
    });
  });

  it('names each missing answer by the API field it belongs to', () => {
    const formular: MoteFormular = {
      ...tomtMote(idag, '1480'),
      datum: '2026-12-08',
      starttid: '1330',
      deltagare: [{ namn: 'Eva', roll: '', organisation: '', huvudman: 'VGR' }],
      beslut: [{ ...tomtBeslut('1480'), typ: 'ny-atgard' }, { ...tomtBeslut('1480'), beskrivning: 'x', typ: 'stang-atgard' }],
    };
    const result = granskaMote(formular, '1480-angered', idag);
    expect('fel' in result && Object.keys(result.fel).sort()).toEqual(
      [
        'input.datum',
        'input.starttid',
        'input.medverkande[0].roll',
        'input.medverkande[0].organisation',
        'input.beslut[0].beskrivning',
        'input.beslut[0].nyAtgard.beskrivning',
        'input.beslut[0].nyAtgard.ansvarigEnhet',
        'input.beslut[0].nyAtgard.sistaDatum',
        'input.beslut[1].stangAtgardId',
      ].sort(),
    );
  });

  it('needs at least one participant', () => {
    const result = granskaMote(tomtMote(idag, 'VGR'), '1480-angered', idag);
    expect(result).toEqual({ fel: { 'input.medverkande': 'Ange minst en deltagare.' } });
  });
});
