import { describe, expect, it } from 'vitest';
import { aktivSip, granskaSteg, kraverDatum, tillatnaSteg, tomtSteg } from './foljSip.js';

const idag = '2026-12-07';
const sip = { id: 'sip-1', status: 'KALLAD' as const, version: 4 };

describe('tillatnaSteg', () => {
  it('offers the forward step first, then closing, and nothing once closed', () => {
    expect(tillatnaSteg('BEHOV_UPPTACKT')).toEqual(['FORBERED', 'AVSLUTA']);
    expect(tillatnaSteg('KALLAD')).toEqual(['HALL_MOTE', 'AVSLUTA']);
    expect(tillatnaSteg('UPPFOLJNING')).toEqual(['FOLJ_UPP', 'AVSLUTA']);
    expect(tillatnaSteg('AVSLUTAD')).toEqual([]);
    expect([kraverDatum('HALL_MOTE'), kraverDatum('FOLJ_UPP'), kraverDatum('KALLA'), kraverDatum('AVSLUTA')]).toEqual([true, true, false, false]);
  });
  it('finds the first active SIP', () => {
    expect(aktivSip([{ status: 'AVSLUTAD' as const }, { status: 'KALLAD' as const }])).toEqual({ status: 'KALLAD' });
    expect(aktivSip([{ status: 'AVSLUTAD' as const }])).toBeNull();
    expect(aktivSip(null)).toBeNull();
  });
});

describe('granskaSteg', () => {
  it('sends the version read and the date for a meeting held', () => {
    expect(granskaSteg({ ...tomtSteg('KALLAD', idag), kommentar: '  Mötet hölls i hemmet ' }, sip, idag)).toEqual({
      input: { sipId: 'sip-1', version: 4, handling: 'HALL_MOTE', nastaUppfoljning: '2027-01-18', kommentar: 'Mötet hölls i hemmet' },
    });
  });
  it('sends no date for closing', () => {
    expect(granskaSteg({ handling: 'AVSLUTA', nastaUppfoljning: '2027-01-18', kommentar: '' }, sip, idag)).toEqual({ input: { sipId: 'sip-1', version: 4, handling: 'AVSLUTA' } });
  });
  it('refuses a step the state does not allow and a follow-up not after today', () => {
    const granskat = granskaSteg({ handling: 'FOLJ_UPP', nastaUppfoljning: idag, kommentar: '' }, sip, idag);
    expect('fel' in granskat && Object.keys(granskat.fel).sort()).toEqual(['input.handling', 'input.nastaUppfoljning']);
  });
});
