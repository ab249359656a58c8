import { describe, expect, it } from 'vitest';
import {
  avvikelseanalysVariabler,
  faststallNaromradesplanVariabler,
  hanteraAvvikelseVariabler,
  hanteraSipVariabler,
  localDate,
  rapporteraAvvikelseVariabler,
  registreraNosamMoteVariabler,
  skapaSipVariabler,
} from './exempelVariabler.js';

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

describe('the mutation examples', () => {
  it('takes the step the user’s side may take on the seeded avvikelse', () => {
    expect(hanteraAvvikelseVariabler('VGR').input).toEqual({ avvikelseId: 'avv-001418', version: 2, handling: 'PABORJA_UTREDNING' });
    expect(hanteraAvvikelseVariabler('1480').input).toMatchObject({ handling: 'LYFT_SOM_SYSTEMFEL', systemfelNiva: 'NOSAM' });
  });

  it('creates a SIP with consent given today and huvudansvar at the writer’s side', () => {
    const { input } = skapaSipVariabler('1480', '2026-11-30', 'nyckel-123');
    expect(input).toMatchObject({ klientnyckel: 'nyckel-123', samtycke: true, samtyckeDatum: '2026-11-30', nastaUppfoljning: '2026-12-30', huvudansvar: '1480' });
    expect(skapaSipVariabler('VGR', '2026-11-30', 'nyckel-123').input.huvudansvar).toBe('VGR');
    expect(JSON.stringify(input.behov) + JSON.stringify(input.insatser)).not.toMatch(/\d{6,}/);
  });

  it('follows up the seeded SIP with a later date, and adopts the plan from tomorrow', () => {
    expect(hanteraSipVariabler('2026-12-31').input).toMatchObject({ sipId: 'sip-00001', version: 5, handling: 'FOLJ_UPP', nastaUppfoljning: '2027-02-11' });
    expect(faststallNaromradesplanVariabler('2026-12-31').input).toMatchObject({ naromradeId: '1480-angered', giltigFran: '2027-01-01', faststalldDatum: '2026-12-31' });
  });

  it('records a meeting today with an åtgärd owned by the writer’s side', () => {
    const { input } = registreraNosamMoteVariabler('VGR', '2026-11-30');
    expect(input).toMatchObject({ naromradeId: '1480-angered', datum: '2026-11-30' });
    expect(input.beslut?.[0]?.nyAtgard).toMatchObject({ agare: 'VGR', sistaDatum: '2027-02-28' });
    expect(registreraNosamMoteVariabler('1480', '2026-11-30').input.beslut?.[0]?.nyAtgard?.agare).toBe('1480');
  });
});
