import { describe, expect, it } from 'vitest';
import { checkPatientsida, patientsidaPages, patientsidaPageSize, patientsidaRequest } from './patientsida.js';

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `19${String(from + index).padStart(10, '0')}`);

describe('patientsidaRequest', () => {
  it('pages with first and after, as the integration with samtycke', () => {
    const request = patientsidaRequest('1480-centrum', '194001019999', 'tok');
    expect(request.headers).toMatchObject({ authorization: 'Bearer tok', 'x-samsyn-atkomstgrund': 'samtycke' });
    const body = JSON.parse(request.body) as { query: string; variables: unknown };
    expect(body.variables).toEqual({ id: '1480-centrum', first: 500, after: '194001019999' });
    for (const field of ['hemsjukvard', 'hemtjanst', 'boende', 'listning', 'fastLakarkontakt', 'sipar', 'avvikelser']) {
      expect(body.query).toContain(field);
    }
  });
});

describe('patientsidaPages', () => {
  it('starts page 2 after the last patient of page 1', () => {
    const firstPage = ids(patientsidaPageSize);
    const pages = patientsidaPages('n', firstPage, 500, 'tok');
    expect(pages.requests.map((request) => (JSON.parse(request.body) as { variables: { after: unknown } }).variables.after)).toEqual([
      null,
      firstPage[patientsidaPageSize - 1],
    ]);
    expect([...pages.expectedLengths]).toEqual([500]);
  });

  it('accepts a shorter second page, and refuses a närområde with one page', () => {
    expect([...patientsidaPages('n', ids(500), 120, 'tok').expectedLengths]).toEqual([500, 120]);
    expect(() => patientsidaPages('n', ids(499), 0, 'tok')).toThrow();
    expect(() => patientsidaPages('n', ids(500), 0, 'tok')).toThrow();
  });
});

describe('checkPatientsida', () => {
  const page = (patients: unknown[]) => JSON.stringify({ data: { naromrade: { patienterMedInsatserFranBada: patients } } });

  it('wants a full page of patients with personnummer', () => {
    expect(checkPatientsida(page(ids(500).map((id) => ({ id }))), new Set([500]))).toBeNull();
    expect(checkPatientsida(page(ids(499).map((id) => ({ id }))), new Set([500]))).toMatch(/499 patients/);
    expect(checkPatientsida(page([...ids(499).map((id) => ({ id })), { id: null }]), new Set([500]))).toMatch(/personnummer/);
    expect(checkPatientsida(JSON.stringify({ data: { naromrade: { patienterMedInsatserFranBada: null } } }), new Set([500]))).toBe('no patient list');
  });
});
