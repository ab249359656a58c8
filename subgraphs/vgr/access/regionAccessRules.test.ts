import { describe, expect, it } from 'vitest';
import { patientExtractScope, requireAtkomstloggScope } from '../../common/atkomstlogg/atkomstloggReaders.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { regionHoldsDataOf, requireRegionSparrWriter } from './regionAccessRules.js';

const system = (huvudman: string, scopes: string[]): Identity =>
  testIdentity({ subject: 'samsyn-integration', employeeHsaId: null, roles: ['system'], scopes, huvudman });

function codeOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions?.['code'];
  }
  return 'no error';
}

// The shared rule (common/atkomstlogg/atkomstloggReaders.ts) as the region applies it.
const requireRegionAtkomstloggReader = (identity: Identity) => requireAtkomstloggScope(identity, regionHoldsDataOf);
const regionLasningScope = (identity: Identity) => patientExtractScope(identity, regionHoldsDataOf);

describe('regionHoldsDataOf', () => {
  it('is the region only', () => {
    expect(regionHoldsDataOf('VGR')).toBe(true);
    expect(regionHoldsDataOf('1480')).toBe(false);
  });
});

describe('requireRegionAtkomstloggReader', () => {
  it('lets the region\'s granskare and the region\'s system clients with atkomstlogg:read through', () => {
    expect(codeOf(() => requireRegionAtkomstloggReader(testIdentity({ roles: ['granskare'] })))).toBe('no error');
    expect(codeOf(() => requireRegionAtkomstloggReader(system('VGR', ['atkomstlogg:read'])))).toBe('no error');
  });

  it.each<[string, Identity]>([
    ['a kommun\'s granskare', testIdentity({ roles: ['granskare'], huvudman: '1480' })],
    ['a kommun\'s system client with atkomstlogg:read', system('1480', ['atkomstlogg:read'])],
    ['a region system client without the scope', system('VGR', ['patient:read', 'loggutdrag:read'])],
    ['vårdpersonal', testIdentity()],
    ['nosam', testIdentity({ roles: ['nosam'] })],
    ['analytiker', testIdentity({ roles: ['analytiker'] })],
  ])('refuses %s with FORBIDDEN', (_name, identity) => {
    expect(codeOf(() => requireRegionAtkomstloggReader(identity))).toBe('FORBIDDEN');
  });
});

describe('regionLasningScope', () => {
  it('gives the region\'s granskare the reads of the region\'s data', () => {
    expect(regionLasningScope(testIdentity({ roles: ['granskare'] }))).toEqual({ dataHuvudman: 'VGR' });
  });

  it('gives a system client with loggutdrag:read every row, whatever its huvudman', () => {
    expect(regionLasningScope(system('VGR', ['loggutdrag:read']))).toEqual({ all: true });
    expect(regionLasningScope(system('1480', ['loggutdrag:read']))).toEqual({ all: true });
  });

  it.each<[string, Identity]>([
    ['a kommun\'s granskare', testIdentity({ roles: ['granskare'], huvudman: '1480' })],
    ['a system client with atkomstlogg:read only', system('VGR', ['atkomstlogg:read'])],
    ['vårdpersonal', testIdentity()],
    ['nosam', testIdentity({ roles: ['nosam'] })],
  ])('gives %s nothing', (_name, identity) => {
    expect(regionLasningScope(identity)).toBeNull();
  });
});

describe('requireRegionSparrWriter', () => {
  it('returns the employee HSA-id of the region\'s vårdpersonal', () => {
    expect(requireRegionSparrWriter(testIdentity({ employeeHsaId: 'SE2321000131-P000000000042' }))).toBe('SE2321000131-P000000000042');
  });

  it.each<[string, Identity]>([
    ['a kommun\'s vårdpersonal', testIdentity({ huvudman: '1480' })],
    ['the region\'s nosam', testIdentity({ roles: ['nosam'] })],
    ['the region\'s granskare', testIdentity({ roles: ['granskare'] })],
    ['a region system client with patient:read', system('VGR', ['patient:read'])],
    ['a region identity with vårdpersonal and system but no person', testIdentity({ roles: ['vardpersonal', 'system'], employeeHsaId: null })],
  ])('refuses %s with FORBIDDEN', (_name, identity) => {
    expect(codeOf(() => requireRegionSparrWriter(identity))).toBe('FORBIDDEN');
  });
});
