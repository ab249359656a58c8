import { describe, expect, it } from 'vitest';
import { noProblems, type OperationProblems } from '../../graphql/operationProblems.js';
import { arbetslista, listPath } from './arbetslista.js';
import { arbetslistaCsv, filtreraArbetslista, luckfilterFranParam } from './arbetslistaUrval.js';
import { testPatient as patient } from './testPatient.js';


const problems: OperationProblems = { ...noProblems, refused: [{ code: 'ATKOMSTGRUND_SAKNAS', message: 'grund saknas', path: `${listPath}.1.fastLakarkontakt` }] };
const lista = arbetslista(
  [patient('193501019998'), patient('193602029997', { fastLakarkontakt: null }), patient('193703039996', { sipar: [] }), patient('193804049995', { fastLakarkontakt: null })],
  problems,
);

describe('filtreraArbetslista', () => {
  it('shows all, those with a gap, or one gap with the patients it cannot be judged for', () => {
    const ids = (filter: Parameters<typeof filtreraArbetslista>[1]) => filtreraArbetslista(lista.rader, filter).map((rad) => rad.personnummer);
    expect(ids('ALLA')).toHaveLength(4);
    expect(ids('MED_LUCKA')).toEqual(['193703039996', '193804049995']);
    expect(ids('INGEN_AKTIV_SIP')).toEqual(['193703039996']);
    // 193602029997's läkarkontakt needs a ground: unknown, so shown under that gap, not hidden as without it.
    expect(ids('INGEN_FAST_LAKARKONTAKT')).toEqual(['193804049995', '193602029997']);
    expect(ids('FORSENAD_UPPFOLJNING')).toEqual([]);
  });
});

describe('luckfilterFranParam', () => {
  it('reads the route’s filter, and anything unknown as all', () => {
    expect(luckfilterFranParam('MED_LUCKA')).toBe('MED_LUCKA');
    expect(luckfilterFranParam('FORSENAD_UPPFOLJNING')).toBe('FORSENAD_UPPFOLJNING');
    expect(luckfilterFranParam(undefined)).toBe('ALLA');
    expect(luckfilterFranParam('ALLT')).toBe('ALLA');
  });
});

describe('arbetslistaCsv', () => {
  it('writes one row per patient with the gaps and the unknowns in Swedish, for Excel', () => {
    const csv = arbetslistaCsv(lista.rader, 'Angered', '2026-12-07');
    const rader = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(rader[0]).toBe('SIP-luckor Angered, hämtat 2026-12-07');
    expect(rader[1]).toBe('Personnummer;SIP;Fast läkarkontakt;Luckor;Okänt (kan inte bedömas)');
    expect(rader).toContain('193703039996;Ingen SIP;ja;Ingen aktiv SIP;');
    expect(rader).toContain('193602029997;Uppföljning;ej läsbart;;fast läkarkontakt');
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });
});
