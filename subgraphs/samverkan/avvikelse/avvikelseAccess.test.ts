import { describe, it, expect } from 'vitest';
import { isPermitted } from '../../../platform/auth/requireAccess.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { readAvvikelser, reportAvvikelser, requireReportingForOwnHuvudman } from './avvikelseAccess.js';

describe('who may read and report avvikelser', () => {
  it('every user role reads them; a system client only with avvikelse:read', () => {
    for (const role of ['vardpersonal', 'nosam', 'analytiker', 'granskare'] as const) {
      expect(isPermitted(testIdentity({ roles: [role] }), readAvvikelser)).toBe(true);
    }
    expect(isPermitted(testIdentity({ roles: ['system'], scopes: ['avvikelse:read'] }), readAvvikelser)).toBe(true);
    expect(isPermitted(testIdentity({ roles: ['system'], scopes: ['patient:read', 'avvikelse:write'] }), readAvvikelser)).toBe(false);
  });

  it('vårdpersonal reports; a system client only with avvikelse:write', () => {
    expect(isPermitted(testIdentity({ roles: ['vardpersonal'] }), reportAvvikelser)).toBe(true);
    expect(isPermitted(testIdentity({ roles: ['system'], scopes: ['avvikelse:write'] }), reportAvvikelser)).toBe(true);
    for (const role of ['nosam', 'analytiker', 'granskare'] as const) {
      expect(isPermitted(testIdentity({ roles: [role] }), reportAvvikelser)).toBe(false);
    }
    expect(isPermitted(testIdentity({ roles: ['system'], scopes: ['avvikelse:read'] }), reportAvvikelser)).toBe(false);
  });

  it('a unit reports for its own huvudman only', () => {
    expect(() => requireReportingForOwnHuvudman(testIdentity({ huvudman: '1480' }), '1480')).not.toThrow();
    expect(() => requireReportingForOwnHuvudman(testIdentity({ huvudman: '1480' }), 'VGR')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});
