import { describe, expect, it } from 'vitest';
import { noProblems } from '../../graphql/operationProblems.js';
import { arbetslista } from './arbetslista.js';
import { ariaSort, nastaSortering, sorteraArbetslista, sorteringFranParams, sorteringParams, standardsortering } from './arbetslistaSortering.js';
import { testPatient as patient } from './testPatient.js';

const sip = (nastaUppfoljning: string | null, status: 'UPPFOLJNING' | 'AVSLUTAD' = 'UPPFOLJNING') => [
  { id: `sip-${nastaUppfoljning}`, status, version: 1, nastaUppfoljning, forsenadUppfoljning: false },
];
const lista = arbetslista(
  [
    patient('193501019998', { sipar: sip('2027-02-01') }),
    patient('193602029997', { sipar: [], fastLakarkontakt: null }),
    patient('193703039996', { sipar: sip('2026-12-20') }),
    patient('193804049995', { sipar: [] }),
    patient('193905059994', { sipar: sip(null, 'AVSLUTAD') }),
  ],
  noProblems,
).rader;
const ids = (kolumn: 'PATIENT' | 'LUCKOR' | 'UPPFOLJNING', ordning: 'STIGANDE' | 'FALLANDE' = 'STIGANDE') =>
  sorteraArbetslista(lista, { kolumn, ordning }).map((rad) => rad.personnummer);

describe('sorteraArbetslista', () => {
  it('sorts by patient either way', () => {
    expect(ids('PATIENT')).toEqual(['193501019998', '193602029997', '193703039996', '193804049995', '193905059994']);
    expect(ids('PATIENT', 'FALLANDE')).toEqual(['193905059994', '193804049995', '193703039996', '193602029997', '193501019998']);
  });

  it('puts more gaps first by luckor, keeping the list’s order between equals', () => {
    expect(ids('LUCKOR')).toEqual(['193602029997', '193804049995', '193905059994', '193501019998', '193703039996']);
    expect(ids('LUCKOR', 'FALLANDE').slice(-1)).toEqual(['193602029997']);
  });

  it('sorts by the active SIP’s next follow-up, rows without one last in both directions', () => {
    expect(ids('UPPFOLJNING').slice(0, 2)).toEqual(['193703039996', '193501019998']);
    expect(ids('UPPFOLJNING', 'FALLANDE').slice(0, 2)).toEqual(['193501019998', '193703039996']);
    expect(ids('UPPFOLJNING').slice(2).sort()).toEqual(['193602029997', '193804049995', '193905059994']);
    expect(ids('UPPFOLJNING', 'FALLANDE').slice(2).sort()).toEqual(['193602029997', '193804049995', '193905059994']);
  });

  it('puts rows whose SIPs could not be read after those with a date', () => {
    const medOlast = arbetslista([patient('193501019998', { sipar: null }), patient('193602029997', { sipar: sip('2027-01-01') })], {
      ...noProblems,
      unavailable: [{ huvudman: 'samverkan', subgraph: 'samverkan' }],
    }).rader;
    expect(medOlast.find((rad) => rad.personnummer === '193501019998')!.sipar.read).toBe(false);
    expect(sorteraArbetslista(medOlast, { kolumn: 'UPPFOLJNING', ordning: 'STIGANDE' }).map((rad) => rad.personnummer)).toEqual(['193602029997', '193501019998']);
  });
});

describe('the sort in the route', () => {
  it('round-trips through the parameters, leaving the default order out', () => {
    for (const sortering of [
      { kolumn: 'PATIENT', ordning: 'STIGANDE' },
      { kolumn: 'PATIENT', ordning: 'FALLANDE' },
      { kolumn: 'UPPFOLJNING', ordning: 'FALLANDE' },
      { kolumn: 'LUCKOR', ordning: 'FALLANDE' },
    ] as const) {
      const params = Object.fromEntries(Object.entries(sorteringParams(sortering)).filter((entry): entry is [string, string] => entry[1] !== null));
      expect(sorteringFranParams(params)).toEqual(sortering);
    }
    expect(sorteringParams(standardsortering)).toEqual({ sortera: null, ordning: null });
  });

  it('reads an unknown column as the default order', () => {
    expect(sorteringFranParams({ sortera: 'personnummer', ordning: 'fallande' })).toEqual(standardsortering);
    expect(sorteringFranParams({})).toEqual(standardsortering);
  });

  it('turns the order round on the same header and starts ascending on another', () => {
    expect(nastaSortering(standardsortering, 'LUCKOR')).toEqual({ kolumn: 'LUCKOR', ordning: 'FALLANDE' });
    expect(nastaSortering({ kolumn: 'LUCKOR', ordning: 'FALLANDE' }, 'PATIENT')).toEqual({ kolumn: 'PATIENT', ordning: 'STIGANDE' });
  });

  it('marks only the sorted column with aria-sort', () => {
    expect(ariaSort({ kolumn: 'PATIENT', ordning: 'FALLANDE' }, 'PATIENT')).toBe('descending');
    expect(ariaSort({ kolumn: 'PATIENT', ordning: 'STIGANDE' }, 'PATIENT')).toBe('ascending');
    expect(ariaSort({ kolumn: 'PATIENT', ordning: 'STIGANDE' }, 'LUCKOR')).toBeUndefined();
  });
});
