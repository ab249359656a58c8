import { describe, it, expect } from 'vitest';
import type { PartRead } from './partRead.js';
import { samordningsbedomning } from './samordningsluckor.js';

const read = <T,>(value: T): PartRead<T> => ({ read: true, value });
const kontakt = read({ fran: '2023-05-15' });

describe('samordningsbedomning', () => {
  it('finds no gap for a patient with an active SIP and a fast läkarkontakt', () => {
    const result = samordningsbedomning({ sipar: read([{ status: 'UPPFOLJNING' }]), fastLakarkontakt: kontakt });
    expect(result.luckor).toEqual([]);
    expect(result.okanda).toEqual([]);
  });

  it.each(['BEHOV_UPPTACKT', 'FORBEREDD', 'KALLAD', 'MOTE_HALLET', 'UPPFOLJNING'] as const)('counts a SIP in %s as active', (status) => {
    expect(samordningsbedomning({ sipar: read([{ status }]), fastLakarkontakt: kontakt }).kontroller.INGEN_AKTIV_SIP).toEqual({ utfall: 'OK' });
  });

  it('flags INGEN_AKTIV_SIP when the patient has no SIP, or only closed ones', () => {
    for (const sipar of [[], [{ status: 'AVSLUTAD' as const }, { status: 'AVSLUTAD' as const }]]) {
      expect(samordningsbedomning({ sipar: read(sipar), fastLakarkontakt: kontakt }).luckor).toEqual(['INGEN_AKTIV_SIP']);
    }
  });

  it('is satisfied by one active SIP beside closed ones', () => {
    const result = samordningsbedomning({ sipar: read([{ status: 'AVSLUTAD' }, { status: 'KALLAD' }]), fastLakarkontakt: kontakt });
    expect(result.luckor).toEqual([]);
  });

  it('flags INGEN_FAST_LAKARKONTAKT when the region has none, and both gaps in order', () => {
    expect(samordningsbedomning({ sipar: read([{ status: 'KALLAD' }]), fastLakarkontakt: read(null) }).luckor).toEqual(['INGEN_FAST_LAKARKONTAKT']);
    expect(samordningsbedomning({ sipar: read([]), fastLakarkontakt: read(null) }).luckor).toEqual(['INGEN_AKTIV_SIP', 'INGEN_FAST_LAKARKONTAKT']);
  });

  it('never shows an unreadable part as a gap nor as fine', () => {
    const result = samordningsbedomning({
      sipar: { read: false, reason: 'EJ_TILLGANGLIGT' },
      fastLakarkontakt: { read: false, reason: 'KRAVER_ATKOMSTGRUND' },
    });
    expect(result.luckor).toEqual([]);
    expect(result.okanda).toEqual(['INGEN_AKTIV_SIP', 'FORSENAD_UPPFOLJNING', 'INGEN_FAST_LAKARKONTAKT']);
    expect(result.kontroller).toEqual({
      INGEN_AKTIV_SIP: { utfall: 'OKANT', reason: 'EJ_TILLGANGLIGT' },
      FORSENAD_UPPFOLJNING: { utfall: 'OKANT', reason: 'EJ_TILLGANGLIGT' },
      INGEN_FAST_LAKARKONTAKT: { utfall: 'OKANT', reason: 'KRAVER_ATKOMSTGRUND' },
    });
  });

  it('still reports the gap it can see when the other part is unknown', () => {
    const result = samordningsbedomning({ sipar: read([]), fastLakarkontakt: { read: false, reason: 'SPARRAD' } });
    expect(result.luckor).toEqual(['INGEN_AKTIV_SIP']);
    expect(result.okanda).toEqual(['INGEN_FAST_LAKARKONTAKT']);
  });

  it('flags an active SIP whose follow-up is overdue, not a closed one', () => {
    const forsenad = samordningsbedomning({ sipar: read([{ status: 'UPPFOLJNING', forsenadUppfoljning: true }]), fastLakarkontakt: kontakt });
    expect(forsenad.luckor).toEqual(['FORSENAD_UPPFOLJNING']);
    expect(forsenad.kontroller.INGEN_AKTIV_SIP).toEqual({ utfall: 'OK' });
    const iTid = samordningsbedomning({ sipar: read([{ status: 'KALLAD', forsenadUppfoljning: false }]), fastLakarkontakt: kontakt });
    expect(iTid.luckor).toEqual([]);
    const avslutad = samordningsbedomning({ sipar: read([{ status: 'AVSLUTAD', forsenadUppfoljning: true }]), fastLakarkontakt: kontakt });
    expect(avslutad.luckor).toEqual(['INGEN_AKTIV_SIP']);
  });
});
