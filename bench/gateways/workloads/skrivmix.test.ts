import { describe, expect, it } from 'vitest';
import { batchedReportMutation, checkSkrivmix, interleave, klientnyckel, receiverOf, reporterOf, reportInput, reportRequest, taEmotRequest, type ReportTemplate } from './skrivmix.js';

const template: ReportTemplate = {
  kategori: 'LAKEMEDEL',
  handelsedatum: '2026-10-01',
  rapporterandeHuvudman: '1480',
  rapporterandeEnhetHsaId: 'SE2120001480-E000000001000',
  naromradeId: '1480-angered',
  beskrivning: 'Läkemedelslistan saknades vid utskrivning.',
  mottagare: { vardcentralHsaId: 'SE2321000131-E000000000055', lakareHsaId: 'SE2321000131-P000000000100' },
};

describe('report requests', () => {
  it('reports for the kommun unit about the region, with the given klientnyckel', () => {
    expect(reportInput(template, 'bench-x-r1')).toEqual({
      klientnyckel: 'bench-x-r1',
      kategori: 'LAKEMEDEL',
      handelsedatum: '2026-10-01',
      rapporterandeHuvudman: '1480',
      rapporterandeEnhetHsaId: 'SE2120001480-E000000001000',
      mottagandeHuvudman: 'VGR',
      naromradeId: '1480-angered',
      beskrivning: 'Läkemedelslistan saknades vid utskrivning.',
    });
    const request = reportRequest('mutation ExempelRapporteraAvvikelse { x }', reportInput(template, 'bench-x-r1'), 'tok');
    expect(JSON.parse(request.body)).toMatchObject({ operationName: 'ExempelRapporteraAvvikelse', variables: { input: { klientnyckel: 'bench-x-r1' } } });
  });

  it('makes valid, distinct klientnycklar (8–100 letters, digits, - or _)', () => {
    const keys = [klientnyckel('lz3abc', 'p', 0), klientnyckel('lz3abc', 'r', 0), klientnyckel('lz3abc', 'r', 11999)];
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
  });

  it('sends the reporter as the kommun unit and the receiver as a vårdcentral of the region', () => {
    expect(reporterOf(template)).toMatchObject({ roles: ['vardpersonal'], huvudman: '1480', organisationHsaId: template.rapporterandeEnhetHsaId });
    expect(receiverOf(template)).toEqual({
      roles: ['vardpersonal'],
      huvudman: 'VGR',
      organisationHsaId: template.mottagare.vardcentralHsaId,
      employeeHsaId: template.mottagare.lakareHsaId,
    });
  });
});

describe('batchedReportMutation', () => {
  it('aliases one rapporteraAvvikelse per input with its own variable', () => {
    const batch = batchedReportMutation([{ a: 1 }, { a: 2 }]);
    expect(batch.query).toContain('$i0: RapporteraAvvikelseInput!, $i1: RapporteraAvvikelseInput!');
    expect(batch.query).toContain('r0: rapporteraAvvikelse(input: $i0)');
    expect(batch.query).toContain('r1: rapporteraAvvikelse(input: $i1)');
    expect(batch.variables).toEqual({ i0: { a: 1 }, i1: { a: 2 } });
  });
});

describe('taEmotRequest', () => {
  it('takes TA_EMOT at the version the report returned', () => {
    const request = taEmotRequest({ id: 'avv-1', version: 1 }, 'tok');
    expect(request.headers['authorization']).toBe('Bearer tok');
    expect(JSON.parse(request.body)).toMatchObject({ variables: { input: { avvikelseId: 'avv-1', version: 1, handling: 'TA_EMOT' } } });
  });
});

describe('interleave', () => {
  it('alternates and keeps the rest of the longer list', () => {
    expect(interleave(['a0', 'a1', 'a2'], ['b0'])).toEqual(['a0', 'b0', 'a1', 'a2']);
  });
});

describe('checkSkrivmix', () => {
  it('accepts a new report and a receipt', () => {
    expect(checkSkrivmix(JSON.stringify({ data: { rapporteraAvvikelse: { redanRapporterad: false, avvikelse: { status: 'RAPPORTERAD' } } } }))).toBeNull();
    expect(checkSkrivmix(JSON.stringify({ data: { hanteraAvvikelse: { avvikelse: { status: 'MOTTAGEN' } } } }))).toBeNull();
  });

  it('reports a replayed klientnyckel and a refused step', () => {
    expect(checkSkrivmix(JSON.stringify({ data: { rapporteraAvvikelse: { redanRapporterad: true, avvikelse: { status: 'RAPPORTERAD' } } } }))).toMatch(/ran out/);
    expect(
      checkSkrivmix(JSON.stringify({ data: null, errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' }, path: ['hanteraAvvikelse'] }] })),
    ).toMatch(/BAD_USER_INPUT/);
  });
});
