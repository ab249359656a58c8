import { afterEach, describe, expect, it } from 'vitest';
import {
  arbetslistaMinne,
  aterstallbar,
  maxAlderMs,
  medAndradSip,
  medOppnadPatient,
  nyArbetslista,
  tillbakaTillListan,
} from './arbetslistaMinne.js';

const nu = Date.UTC(2026, 11, 7, 9, 0);
const nodatkomst = { typ: 'NODATKOMST' as const, anledning: 'Akut läge, patienten medvetslös' };
const lista = nyArbetslista({ anvandare: 'token-a', naromradeId: '1480-angered', grund: nodatkomst, rubrik: 'Angered', svar: { rader: 3 } }, nu);
const sip = (id: string, status: 'BEHOV_UPPTACKT' | 'FORBEREDD') => ({ id, status, version: 1, nastaUppfoljning: '2027-01-06', forsenadUppfoljning: false });
const route = { page: 'sip-luckor' as const, params: { naromrade: '1480-angered', visa: 'MED_LUCKA', sortera: 'uppfoljning' } };

afterEach(() => arbetslistaMinne.glom());

describe('aterstallbar', () => {
  it('gives the list back to the same user for the same närområde, with the ground it was fetched with', () => {
    expect(aterstallbar(lista, 'token-a', '1480-angered', nu + 60_000)).toMatchObject({ grund: nodatkomst, svar: { rader: 3 }, oppnad: null });
  });

  it('never to another login, for another närområde, or once it is old', () => {
    expect(aterstallbar(lista, 'token-b', '1480-angered', nu)).toBeNull();
    expect(aterstallbar(lista, 'token-a', '1480-gunnared', nu)).toBeNull();
    expect(aterstallbar(lista, 'token-a', '1480-angered', nu + maxAlderMs + 1)).toBeNull();
    expect(aterstallbar(lista, 'token-a', '1480-angered', nu - 1)).toBeNull();
    expect(aterstallbar(null, 'token-a', '1480-angered', nu)).toBeNull();
  });
});

describe('changes while the list is shown', () => {
  it('keeps the SIPs started and moved per patient, in order, without changing the list it came from', () => {
    const andrad = medAndradSip(medAndradSip(lista, '193501019998', sip('s1', 'BEHOV_UPPTACKT')), '193501019998', sip('s1', 'FORBEREDD'));
    expect(andrad.andrade.get('193501019998')!.map((sip) => sip.status)).toEqual(['BEHOV_UPPTACKT', 'FORBEREDD']);
    expect(lista.andrade.size).toBe(0);
  });

  it('remembers the opened patient, the scroll and the route for the way back', () => {
    const oppnad = medOppnadPatient(lista, { personnummer: '193501019998', scrollY: 840, route });
    expect(tillbakaTillListan(oppnad, 'token-a', '193501019998', nu)).toEqual(route);
    // Another patient, another login or an old list: no way back to offer.
    expect(tillbakaTillListan(oppnad, 'token-a', '193602029997', nu)).toBeNull();
    expect(tillbakaTillListan(oppnad, 'token-b', '193501019998', nu)).toBeNull();
    expect(tillbakaTillListan(oppnad, 'token-a', '193501019998', nu + maxAlderMs + 1)).toBeNull();
    expect(tillbakaTillListan(lista, 'token-a', '193501019998', nu)).toBeNull();
  });
});

describe('arbetslistaMinne', () => {
  it('holds one list, changes it only for its own user and närområde, and forgets it', () => {
    arbetslistaMinne.spara(lista);
    arbetslistaMinne.andra('token-b', '1480-angered', (annan) => medOppnadPatient(annan, { personnummer: '193501019998', scrollY: 0, route }));
    arbetslistaMinne.andra('token-a', '1480-gunnared', (annan) => medOppnadPatient(annan, { personnummer: '193501019998', scrollY: 0, route }));
    expect(arbetslistaMinne.las()?.oppnad).toBeNull();
    arbetslistaMinne.andra('token-a', '1480-angered', (egen) => medOppnadPatient(egen, { personnummer: '193501019998', scrollY: 0, route }));
    expect(arbetslistaMinne.las()?.oppnad?.personnummer).toBe('193501019998');
    arbetslistaMinne.glom();
    expect(arbetslistaMinne.las()).toBeNull();
  });
});
