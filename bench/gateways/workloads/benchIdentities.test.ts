import { describe, expect, it } from 'vitest';
import { kommunNosamMember, kommunPatientIntegration, kommunVardpersonal, regionAnalytiker, regionVardpersonal, serialHsaId } from './benchIdentities.js';

describe('bench identities', () => {
  it('numbers HSA-ids under the huvudman prefix', () => {
    expect(serialHsaId('VGR', 'P', 7)).toBe('SE2321000131-P000000000007');
    expect(serialHsaId('1480', 'E', 1)).toBe('SE2120001480-E000000000001');
  });

  it('makes NOSAM members distinct people of the kommun', () => {
    const first = kommunNosamMember('1480', 1);
    const second = kommunNosamMember('1480', 2);
    expect(first).toMatchObject({ roles: ['nosam'], huvudman: '1480' });
    expect(first.employeeHsaId).not.toBe(second.employeeHsaId);
    expect(first.organisationHsaId).toBe(second.organisationHsaId);
  });

  it('gives the integration a subject and the patient:read scope, no person', () => {
    expect(kommunPatientIntegration('1480')).toEqual({
      roles: ['system'],
      huvudman: '1480',
      organisationHsaId: 'SE2120001480-E000000000001',
      subject: 'integration-1480',
      scopes: ['patient:read'],
    });
  });

  it('acts for the given unit', () => {
    expect(regionVardpersonal('SE2321000131-E000000000055', 'SE2321000131-P000000000100')).toEqual({
      roles: ['vardpersonal'],
      huvudman: 'VGR',
      organisationHsaId: 'SE2321000131-E000000000055',
      employeeHsaId: 'SE2321000131-P000000000100',
    });
    expect(kommunVardpersonal('1490', 'SE2120001490-E000000001000', 3)).toMatchObject({ huvudman: '1490', organisationHsaId: 'SE2120001490-E000000001000' });
    expect(regionAnalytiker(1)).toMatchObject({ roles: ['analytiker'], huvudman: 'VGR' });
  });
});
