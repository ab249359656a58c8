import { describe, expect, it } from 'vitest';
import { avvikelseanalysVariabler, localDate, rapporteraAvvikelseVariabler } from './exempelVariabler.js';

describe('avvikelseanalysVariabler', () => {
  it('analyses the twelve months up to today at delregional level, compared with the year before', () => {
    expect(avvikelseanalysVariabler('2026-11-30').input).toMatchObject({
      niva: 'DELREGIONAL',
      omradeId: 'goteborgsomradet',
      fran: '2025-12-01',
      till: '2026-11-30',
      jamforMedForegaendePeriod: true,
    });
  });

  it('keeps the period valid over a year end and a leap day', () => {
    expect(avvikelseanalysVariabler('2027-01-01').input).toMatchObject({ fran: '2026-01-02', till: '2027-01-01' });
    expect(avvikelseanalysVariabler('2028-02-29').input).toMatchObject({ fran: '2027-03-01', till: '2028-02-29' });
  });
});

describe('rapporteraAvvikelseVariabler', () => {
  it('reports from a Göteborg unit to the region in Angered', () => {
    const { input } = rapporteraAvvikelseVariabler({ huvudman: '1480', organisation: 'SE2120001480-E000000000001' }, '2026-11-30', 'nyckel-123');
    expect(input).toMatchObject({
      klientnyckel: 'nyckel-123',
      handelsedatum: '2026-11-30',
      rapporterandeHuvudman: '1480',
      rapporterandeEnhetHsaId: 'SE2120001480-E000000000001',
      mottagandeHuvudman: 'VGR',
      naromradeId: '1480-angered',
    });
  });

  it('reports from the region to Göteborg, so the two huvudmän always differ', () => {
    const { input } = rapporteraAvvikelseVariabler({ huvudman: 'VGR', organisation: 'SE2321000131-E000000000001' }, '2026-11-30', 'k-1234567');
    expect(input.rapporterandeHuvudman).toBe('VGR');
    expect(input.mottagandeHuvudman).toBe('1480');
    expect(input.naromradeId).toBe('1480-angered');
  });

  it('asks another kommun to name one of its own närområden instead of reporting in Göteborg', () => {
    const { input } = rapporteraAvvikelseVariabler({ huvudman: '1490', organisation: 'SE2120001490-E000000000001' }, '2026-11-30', 'k-1234567');
    expect(input.rapporterandeHuvudman).toBe('1490');
    expect(input.mottagandeHuvudman).toBe('VGR');
    expect(input.naromradeId).toMatch(/1490/);
    expect(input.naromradeId).not.toMatch(/^1480/);
  });

  it('never puts a personnummer in the free text', () => {
    const { input } = rapporteraAvvikelseVariabler(null, '2026-11-30', 'k-1234567');
    expect(input.beskrivning).not.toMatch(/\d{6,}/);
  });
});

describe('localDate', () => {
  it('uses the local calendar day', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
