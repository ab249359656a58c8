import { describe, it, expect } from 'vitest';
import { beskrivBoende, beskrivHemsjukvard, beskrivHemtjanst, beskrivSipar, kortSiffra } from './sipLuckorTexter.js';

describe('sipLuckorTexter', () => {
  it('names each hemsjukvård insats kind once, in a fixed order', () => {
    expect(beskrivHemsjukvard([{ typ: 'SARVARD' }, { typ: 'LAKEMEDELSHANTERING' }, { typ: 'SARVARD' }])).toBe('Hemsjukvård: läkemedelshantering, sårvård');
    expect(beskrivHemsjukvard([])).toBe('Hemsjukvård');
  });

  it('gives hemtjänst hours with a Swedish decimal comma', () => {
    expect(beskrivHemtjanst({ beviljadeTimmarPerManad: 12.5, insatser: ['SERVICE', 'TRYGGHETSLARM'] })).toBe('Hemtjänst 12,5 tim/mån: service, trygghetslarm');
    expect(beskrivHemtjanst({ beviljadeTimmarPerManad: 8, insatser: [] })).toBe('Hemtjänst 8 tim/mån');
  });

  it('names the boende with its type', () => {
    expect(beskrivBoende({ namn: 'Vård- och omsorgsboende Asphagen', typ: 'SARSKILT_BOENDE' })).toBe('Boende: Vård- och omsorgsboende Asphagen (särskilt boende)');
  });

  it('never shows a count with unknown patients as a bare number, nor all-unknown as 0', () => {
    expect(kortSiffra({ med: 3, okant: 0 })).toBe('3');
    expect(kortSiffra({ med: 0, okant: 0 })).toBe('0');
    expect(kortSiffra({ med: 0, okant: 48 })).toBe('Okänt');
    expect(kortSiffra({ med: 2, okant: 5 })).toBe('minst 2');
  });

  it('describes the SIP state by the newest active SIP, else by what is closed', () => {
    expect(beskrivSipar([{ status: 'AVSLUTAD' }, { status: 'KALLAD' }])).toBe('Kallad');
    expect(beskrivSipar([])).toBe('Ingen SIP');
    expect(beskrivSipar([{ status: 'AVSLUTAD' }])).toBe('Ingen aktiv (en avslutad)');
    expect(beskrivSipar([{ status: 'AVSLUTAD' }, { status: 'AVSLUTAD' }])).toBe('Ingen aktiv (2 avslutade)');
  });
});
