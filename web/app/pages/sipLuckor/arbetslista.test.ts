import { describe, it, expect } from 'vitest';
import { noProblems, type OperationProblems } from '../../graphql/operationProblems.js';
import { arbetslista, listPath, medAndradeSipar } from './arbetslista.js';
import { testPatient as patient } from './testPatient.js';


describe('arbetslista', () => {
  it('puts patients with gaps first, then those with unknown checks, keeping the server’s order within each', () => {
    const problems: OperationProblems = {
      ...noProblems,
      refused: [{ code: 'ATKOMSTGRUND_SAKNAS', message: 'grund saknas', path: `${listPath}.1.fastLakarkontakt` }],
    };
    const list = arbetslista(
      [
        patient('193501019998'),
        patient('193602029997', { fastLakarkontakt: null }),
        patient('193703039996', { sipar: [] }),
        patient('193804049995', { sipar: [{ id: 's', status: 'AVSLUTAD', version: 3, nastaUppfoljning: null, forsenadUppfoljning: false }], fastLakarkontakt: null }),
      ],
      problems,
    );
    expect(list.rader.map((rad) => rad.personnummer)).toEqual(['193703039996', '193804049995', '193602029997', '193501019998']);
    expect(list.rader.map((rad) => rad.bedomning.luckor)).toEqual([['INGEN_AKTIV_SIP'], ['INGEN_AKTIV_SIP', 'INGEN_FAST_LAKARKONTAKT'], [], []]);
    expect(list.rader[2]!.bedomning.okanda).toEqual(['INGEN_FAST_LAKARKONTAKT']);
    expect(list).toMatchObject({ antal: 4, medLucka: 2, medOkantLage: 1 });
    expect(list.perLucka).toEqual({ INGEN_AKTIV_SIP: { med: 2, okant: 0 }, FORSENAD_UPPFOLJNING: { med: 0, okant: 0 }, INGEN_FAST_LAKARKONTAKT: { med: 1, okant: 1 } });
  });

  it('reads each patient’s refusals by its own index in the answer, not its sorted place', () => {
    const problems: OperationProblems = {
      ...noProblems,
      refused: [0, 1].map((index) => ({ code: 'ATKOMSTGRUND_SAKNAS', message: 'grund saknas', path: `${listPath}.${index}.fastLakarkontakt` })),
    };
    const list = arbetslista([patient('193501019998', { fastLakarkontakt: null }), patient('193602029997', { fastLakarkontakt: null, sipar: [] })], problems);
    expect(list.rader.map((rad) => [rad.personnummer, rad.fastLakarkontakt])).toEqual([
      ['193602029997', { read: false, reason: 'KRAVER_ATKOMSTGRUND' }],
      ['193501019998', { read: false, reason: 'KRAVER_ATKOMSTGRUND' }],
    ]);
    expect(list).toMatchObject({ medLucka: 1, medOkantLage: 1 });
  });

  it('shows a service that is down as not available for every patient, and no gap from it', () => {
    const problems: OperationProblems = { ...noProblems, unavailable: [{ huvudman: 'samverkan', subgraph: 'samverkan' }] };
    const list = arbetslista([patient('193501019998', { sipar: null })], problems);
    expect(list.rader[0]!.sipar).toEqual({ read: false, reason: 'EJ_TILLGANGLIGT' });
    expect(list.rader[0]!.bedomning.okanda).toEqual(['INGEN_AKTIV_SIP', 'FORSENAD_UPPFOLJNING']);
    expect(list).toMatchObject({ antal: 1, medLucka: 0, medOkantLage: 1 });
  });

  it('counts an overdue follow-up as a gap, first among the rows', () => {
    const sen = { id: 'sip-sen', status: 'UPPFOLJNING' as const, version: 5, nastaUppfoljning: '2026-01-01', forsenadUppfoljning: true };
    const list = arbetslista([patient('193501019998'), patient('193602029997', { sipar: [sen] })], noProblems);
    expect(list.rader.map((rad) => [rad.personnummer, rad.bedomning.luckor])).toEqual([
      ['193602029997', ['FORSENAD_UPPFOLJNING']],
      ['193501019998', []],
    ]);
    expect(list.perLucka.FORSENAD_UPPFOLJNING).toEqual({ med: 1, okant: 0 });
  });

  it('is empty for an empty list', () => {
    expect(arbetslista([], noProblems)).toEqual({
      rader: [],
      antal: 0,
      medLucka: 0,
      medOkantLage: 0,
      perLucka: { INGEN_AKTIV_SIP: { med: 0, okant: 0 }, FORSENAD_UPPFOLJNING: { med: 0, okant: 0 }, INGEN_FAST_LAKARKONTAKT: { med: 0, okant: 0 } },
    });
  });
});

describe('medAndradeSipar', () => {
  const ny = { id: 'sip-ny', status: 'BEHOV_UPPTACKT' as const, version: 1, nastaUppfoljning: '2027-01-06', forsenadUppfoljning: false };
  it('adds a started SIP to that patient only, first, and the gap goes for that patient only', () => {
    const patienter = [patient('193501019998', { sipar: [] }), patient('193602029997', { sipar: [] })];
    const merged = medAndradeSipar(patienter, new Map([['193602029997', [ny]]]));
    expect(merged[0]).toBe(patienter[0]);
    expect(merged[1]!.sipar).toEqual([ny]);
    const list = arbetslista(merged, noProblems);
    expect(list.rader.find((rad) => rad.personnummer === '193501019998')!.bedomning.luckor).toEqual(['INGEN_AKTIV_SIP']);
    expect(list.rader.find((rad) => rad.personnummer === '193602029997')!.bedomning.luckor).toEqual([]);
  });
  it('replaces a SIP moved a step by its id, and fills a list that could not be read', () => {
    const flyttad = { ...ny, id: 'sip-193501019998', status: 'AVSLUTAD' as const, version: 2 };
    expect(medAndradeSipar([patient('193501019998')], new Map([['193501019998', [flyttad]]]))[0]!.sipar).toEqual([flyttad]);
    expect(medAndradeSipar([patient('193501019998', { sipar: null })], new Map([['193501019998', [ny]]]))[0]!.sipar).toEqual([ny]);
  });
});
