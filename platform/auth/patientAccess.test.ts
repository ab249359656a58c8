import { describe, expect, it } from 'vitest';
import type { Atkomstgrund } from './atkomstgrund.js';
import type { Identity } from './Identity.js';
import { decidePatientAccess } from './patientAccess.js';
import type { Role } from './roles.js';

function identity(roles: Role[], huvudman = '1480', scopes: string[] = []): Identity {
  return { subject: 's', employeeHsaId: null, organisationHsaId: 'SE2120001480-E000000000001', huvudman, roles, scopes };
}
const samtycke: Atkomstgrund = { typ: 'SAMTYCKE' };
const nodatkomst: Atkomstgrund = { typ: 'NODATKOMST', anledning: 'Medvetslös patient på akuten' };

describe('decidePatientAccess', () => {
  it('lets vårdpersonal read their own huvudman’s data, spärr or not, with or without a ground', () => {
    for (const sparr of [false, true]) {
      for (const ground of [null, samtycke, nodatkomst]) {
        expect(decidePatientAccess({ identity: identity(['vardpersonal']), dataHuvudman: '1480', atkomstgrund: ground, sparr })).toEqual({
          resultat: 'TILLATEN',
          grund: 'EGEN_VARDRELATION',
          granskasSarskilt: false,
        });
      }
    }
  });

  it('refuses another huvudman’s data without a ground', () => {
    expect(decidePatientAccess({ identity: identity(['vardpersonal']), dataHuvudman: 'VGR', atkomstgrund: null, sparr: false })).toEqual({
      resultat: 'NEKAD',
      grund: null,
      code: 'ATKOMSTGRUND_SAKNAS',
    });
  });

  it('opens another huvudman’s data with samtycke unless the patient has a spärr there', () => {
    expect(decidePatientAccess({ identity: identity(['vardpersonal']), dataHuvudman: 'VGR', atkomstgrund: samtycke, sparr: false })).toMatchObject({ resultat: 'TILLATEN', grund: 'SAMTYCKE' });
    expect(decidePatientAccess({ identity: identity(['vardpersonal']), dataHuvudman: 'VGR', atkomstgrund: samtycke, sparr: true })).toEqual({ resultat: 'FILTRERAD', grund: 'SAMTYCKE', sparrad: true });
  });

  it('always opens with nödåtkomst, spärr included, flagged for review', () => {
    for (const sparr of [false, true]) {
      expect(decidePatientAccess({ identity: identity(['vardpersonal']), dataHuvudman: 'VGR', atkomstgrund: nodatkomst, sparr })).toEqual({ resultat: 'TILLATEN', grund: 'NODATKOMST', granskasSarskilt: true });
    }
  });

  it('never gives patient data to nosam, analytiker or granskare, whatever the ground', () => {
    for (const role of ['nosam', 'analytiker', 'granskare'] as const) {
      for (const dataHuvudman of ['1480', 'VGR']) {
        expect(decidePatientAccess({ identity: identity([role]), dataHuvudman, atkomstgrund: nodatkomst, sparr: false })).toMatchObject({ resultat: 'NEKAD', code: 'FORBIDDEN' });
      }
    }
  });

  it('treats a system client like vårdpersonal only with the patient:read scope', () => {
    expect(decidePatientAccess({ identity: identity(['system']), dataHuvudman: '1480', atkomstgrund: null, sparr: false })).toMatchObject({ resultat: 'NEKAD', code: 'FORBIDDEN' });
    expect(decidePatientAccess({ identity: identity(['system'], '1480', ['patient:read']), dataHuvudman: '1480', atkomstgrund: null, sparr: false })).toMatchObject({ resultat: 'TILLATEN' });
  });
});
