import { describe, expect, it } from 'vitest';
import { granskaLoggsokning, harVillkor, lasLoggsokning, loggarFor, loggsokningParams, type Loggsokning } from './loggFilter.js';

const tom: Loggsokning = { logg: 'kommun', patient: '', anvandare: '', fran: '', till: '', grund: '' };

describe('loggarFor', () => {
  it('gives a VGR granskare the region’s log and a kommun’s granskare the kommun’s, both the shared layer’s', () => {
    expect(loggarFor('VGR')).toEqual(['region', 'samverkan']);
    expect(loggarFor('1480')).toEqual(['kommun', 'samverkan']);
  });
});

describe('lasLoggsokning', () => {
  it('opens on the own huvudman’s log without conditions', () => {
    expect(lasLoggsokning({}, '1480')).toEqual(tom);
    expect(lasLoggsokning({}, 'VGR').logg).toBe('region');
  });

  it('falls back to the own log for a log the huvudman has no part in', () => {
    expect(lasLoggsokning({ logg: 'region' }, '1480').logg).toBe('kommun');
    expect(lasLoggsokning({ logg: 'kommun' }, 'VGR').logg).toBe('region');
    expect(lasLoggsokning({ logg: 'samverkan' }, 'VGR').logg).toBe('samverkan');
  });

  it('round-trips a search through the URL parameters, leaving empty fields out', () => {
    const sokning: Loggsokning = { logg: 'samverkan', patient: '191212121212', anvandare: 'SE2120001480-P1', fran: '2026-01-01', till: '2026-01-31', grund: 'NODATKOMST' };
    const params = loggsokningParams(sokning);
    expect(lasLoggsokning(Object.fromEntries(Object.entries(params).map(([namn, varde]) => [namn, varde ?? ''])), '1480')).toEqual(sokning);
    expect(loggsokningParams(tom)).toEqual({ logg: 'kommun', patient: null, anvandare: null, fran: null, till: null, grund: null });
  });
});

describe('granskaLoggsokning', () => {
  it('asks for the whole log when nothing is given', () => {
    expect(granskaLoggsokning(tom)).toEqual({ ok: true, sokning: tom, filter: {} });
    expect(harVillkor(tom)).toBe(false);
  });

  it('turns every condition into the API’s filter, the personnummer as twelve digits', () => {
    const resultat = granskaLoggsokning({ logg: 'kommun', patient: ' 19121212-1212 ', anvandare: ' SE2120001480-P000000000002', fran: '2026-01-01', till: '2026-01-01', grund: 'SAMTYCKE' });
    expect(resultat).toEqual({
      ok: true,
      sokning: { logg: 'kommun', patient: '191212121212', anvandare: 'SE2120001480-P000000000002', fran: '2026-01-01', till: '2026-01-01', grund: 'SAMTYCKE' },
      filter: { patientId: '191212121212', anvandare: 'SE2120001480-P000000000002', fran: '2026-01-01', till: '2026-01-01', grund: 'SAMTYCKE' },
    });
    expect(resultat.ok && harVillkor(resultat.sokning)).toBe(true);
  });

  it('says what is wrong with each field', () => {
    const resultat = granskaLoggsokning({ logg: 'kommun', patient: '19121212-1213', anvandare: 'SE 1', fran: '2026-02-30', till: '2026-13-01', grund: 'ALLA' });
    expect(resultat).toEqual({
      ok: false,
      fel: {
        patient: 'Kontrollsiffran stämmer inte. Kontrollera personnumret.',
        anvandare: 'Ett HSA-id har inga mellanslag.',
        fran: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
        till: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
        grund: 'Välj en grund i listan.',
      },
    });
    expect(granskaLoggsokning({ ...tom, patient: '1912121212' })).toEqual({ ok: false, fel: { patient: expect.stringContaining('tolv siffror') } });
  });

  it('refuses a period that ends before it starts', () => {
    expect(granskaLoggsokning({ ...tom, fran: '2026-02-01', till: '2026-01-31' })).toEqual({ ok: false, fel: { till: 'Slutdatumet kan inte vara före startdatumet.' } });
  });
});
