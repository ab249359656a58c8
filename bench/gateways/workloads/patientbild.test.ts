import { describe, expect, it } from 'vitest';
import { checkPatientbild, patientbildRequest } from './patientbild.js';

describe('patientbildRequest', () => {
  it('asks for one patient with samtycke and the token', () => {
    const request = patientbildRequest('query PatientPatientbild($id: ID!) { patient(id: $id) { id } }', '191212121212', 'tok');
    expect(request.headers).toMatchObject({ authorization: 'Bearer tok', 'x-samsyn-atkomstgrund': 'samtycke' });
    expect(JSON.parse(request.body)).toEqual({
      query: 'query PatientPatientbild($id: ID!) { patient(id: $id) { id } }',
      variables: { id: '191212121212' },
      operationName: 'PatientPatientbild',
    });
  });
});

describe('checkPatientbild', () => {
  const patient = { id: '191212121212', listning: { listadSedan: '2012-03-01' }, kommun: { kod: '1480' }, sipar: [], avvikelser: [] };

  it('accepts a whole picture', () => {
    expect(checkPatientbild(JSON.stringify({ data: { patient } }))).toBeNull();
  });

  it('refuses a missing part or an error', () => {
    expect(checkPatientbild(JSON.stringify({ data: { patient: { ...patient, kommun: null } } }))).toMatch(/kommun/);
    expect(checkPatientbild(JSON.stringify({ data: { patient: null } }))).toBe('no patient');
    expect(checkPatientbild(JSON.stringify({ data: { patient }, errors: [{ message: 'x', extensions: { code: 'ATKOMSTGRUND_SAKNAS' } }] }))).toMatch(/ATKOMSTGRUND_SAKNAS/);
  });
});
