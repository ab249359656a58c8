import { describe, it, expect } from 'vitest';
import * as atkomstloggReaders from '../../common/atkomstlogg/atkomstloggReaders.js';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import type { AvvikelseRow, SipRow } from '../rows.js';
import { avvikelseRecord, decideRecordAccess, refusalError, samverkanHoldsDataOf, sipRecord } from './patientDataLoaders.js';

// The shared rule (common/atkomstlogg/atkomstloggReaders.ts) as samverkan applies it.
const patientExtractScope = (identity: Identity) => atkomstloggReaders.patientExtractScope(identity, samverkanHoldsDataOf);

const personnummer = '191212121212';
const sip: SipRow = {
  id: 'sip-1',
  personnummer,
  naromradeId: '1490-boras-centrum',
  kommunkod: '1490',
  status: 'UPPFOLJNING',
  huvudansvar: '1490',
  skapadDatum: '2026-01-01',
  nastaUppfoljning: null,
  samtyckeDatum: '2026-01-01',
  version: 1,
  behov: [],
  tredjeParter: [],
};
const avvikelse: Pick<AvvikelseRow, 'rapporterandeHuvudman' | 'mottagandeHuvudman' | 'kommunkod'> = {
  rapporterandeHuvudman: '1490',
  mottagandeHuvudman: 'VGR',
  kommunkod: '1490',
};
const samtycke: Atkomstgrund = { typ: 'SAMTYCKE' };
const nodatkomst: Atkomstgrund = { typ: 'NODATKOMST', anledning: 'Medvetslös på akuten' };

describe('the parties of a record', () => {
  it('a SIP is held by VGR and the kommun of its närområde', () => {
    expect(sipRecord(sip)).toEqual({ personnummer, parties: ['VGR', '1490'], kommunkod: '1490' });
  });
  it('an avvikelse is held by its rapporterande and mottagande huvudman, and belongs to its kommun for anyone else', () => {
    expect(avvikelseRecord(avvikelse, personnummer)).toEqual({ personnummer, parties: ['1490', 'VGR'], kommunkod: '1490' });
  });
});

describe('decideRecordAccess', () => {
  const record = sipRecord(sip);

  it.each(['VGR', '1490'])('a party (%s) reads the record as its own data, without a ground', (huvudman) => {
    expect(decideRecordAccess(testIdentity({ huvudman }), null, record)).toEqual({
      dataHuvudman: huvudman,
      decision: { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false },
    });
  });

  it('anyone else reads the record’s kommun’s data and needs a ground', () => {
    const other = testIdentity({ huvudman: '1401' });
    expect(decideRecordAccess(other, null, record)).toEqual({ dataHuvudman: '1490', decision: { resultat: 'NEKAD', grund: null, code: 'ATKOMSTGRUND_SAKNAS' } });
    expect(decideRecordAccess(other, samtycke, record).decision).toEqual({ resultat: 'TILLATEN', grund: 'SAMTYCKE', granskasSarskilt: false });
    expect(decideRecordAccess(other, nodatkomst, record).decision).toEqual({ resultat: 'TILLATEN', grund: 'NODATKOMST', granskasSarskilt: true });
  });

  it('has no spärr: samtycke is never filtered', () => {
    expect(decideRecordAccess(testIdentity({ huvudman: '1401' }), samtycke, avvikelseRecord(avvikelse, personnummer)).decision.resultat).toBe('TILLATEN');
  });

  it.each([
    ['nosam', testIdentity({ roles: ['nosam'] })],
    ['analytiker', testIdentity({ roles: ['analytiker'] })],
    ['granskare', testIdentity({ roles: ['granskare'] })],
    ['system without patient:read', testIdentity({ roles: ['system'], scopes: ['avvikelse:read', 'avvikelse:write'] })],
  ])('%s is refused even as a party with nödåtkomst', (_name, identity) => {
    expect(decideRecordAccess(identity, nodatkomst, record).decision).toEqual({ resultat: 'NEKAD', grund: null, code: 'FORBIDDEN' });
  });

  it('a system client with patient:read reads like vårdpersonal of its huvudman', () => {
    expect(decideRecordAccess(testIdentity({ roles: ['system'], scopes: ['patient:read'], huvudman: '1490' }), null, record).decision.resultat).toBe('TILLATEN');
  });
});

describe('refusalError', () => {
  it('gives FORBIDDEN or ATKOMSTGRUND_SAKNAS naming the data-holding huvudman, never the personnummer', () => {
    const forbidden = refusalError({ dataHuvudman: 'VGR', decision: { resultat: 'NEKAD', grund: null, code: 'FORBIDDEN' } });
    expect(forbidden?.extensions['code']).toBe('FORBIDDEN');
    const saknas = refusalError({ dataHuvudman: '1490', decision: { resultat: 'NEKAD', grund: null, code: 'ATKOMSTGRUND_SAKNAS' } });
    expect(saknas?.extensions).toMatchObject({ code: 'ATKOMSTGRUND_SAKNAS', dataHuvudman: '1490' });
    expect(`${forbidden?.message} ${saknas?.message}`).not.toMatch(/\d{12}/);
  });
  it('gives none when the data is shown or hidden by a spärr', () => {
    expect(refusalError({ dataHuvudman: 'VGR', decision: { resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false } })).toBeNull();
    expect(refusalError({ dataHuvudman: 'VGR', decision: { resultat: 'FILTRERAD', grund: 'SAMTYCKE', sparrad: true } })).toBeNull();
  });
});

describe('samverkanHoldsDataOf', () => {
  it('is every huvudman: the region and each kommun', () => {
    expect(samverkanHoldsDataOf('VGR')).toBe(true);
    expect(samverkanHoldsDataOf('1480')).toBe(true);
    expect(samverkanHoldsDataOf('1401')).toBe(true);
  });
});

describe('patientExtractScope', () => {
  it('a granskare sees its own huvudman’s rows; a system client with loggutdrag:read all; anyone else nothing', () => {
    expect(patientExtractScope(testIdentity({ roles: ['granskare'], huvudman: '1490' }))).toEqual({ dataHuvudman: '1490' });
    expect(patientExtractScope(testIdentity({ roles: ['system'], scopes: ['loggutdrag:read'], huvudman: '1490' }))).toEqual({ all: true });
    expect(patientExtractScope(testIdentity({ roles: ['vardpersonal'] }))).toBeNull();
    expect(patientExtractScope(testIdentity({ roles: ['nosam', 'analytiker'] }))).toBeNull();
    expect(patientExtractScope(testIdentity({ roles: ['system'], scopes: ['atkomstlogg:read', 'patient:read'] }))).toBeNull();
  });
});
