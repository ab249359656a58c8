import { describe, expect, it } from 'vitest';
import { testIdentity } from '../../common/testing/inProcessSubgraph.js';
import { accessLogScope, kommunkodOf, patientExtractScope, sparrKommunkod } from './kommunAccess.js';

const goteborg = (roles: Parameters<typeof testIdentity>[0] = {}) => testIdentity({ huvudman: '1480', ...roles });

describe('kommunkodOf', () => {
  it('is the kommunkod of a kommun user and null for the region', () => {
    expect(kommunkodOf(goteborg())).toBe('1480');
    expect(kommunkodOf(testIdentity({ huvudman: 'VGR' }))).toBeNull();
  });
});

describe('accessLogScope', () => {
  it('gives a kommun granskare the rows of its own kommun', () => {
    expect(accessLogScope(goteborg({ roles: ['granskare'] }))).toEqual({ dataHuvudman: '1480' });
  });

  it('gives a system client with atkomstlogg:read the rows of its huvudman', () => {
    expect(accessLogScope(testIdentity({ huvudman: '1490', roles: ['system'], scopes: ['atkomstlogg:read'] }))).toEqual({ dataHuvudman: '1490' });
  });

  it.each([
    ['a region granskare', testIdentity({ roles: ['granskare'] })],
    ['vårdpersonal', goteborg({ roles: ['vardpersonal'] })],
    ['nosam', goteborg({ roles: ['nosam'] })],
    ['analytiker', goteborg({ roles: ['analytiker'] })],
    ['a system client without the scope', goteborg({ roles: ['system'], scopes: ['patient:read', 'loggutdrag:read'] })],
    ['a client with the scope but not the system role', goteborg({ roles: ['vardpersonal'], scopes: ['atkomstlogg:read'] })],
  ])('refuses %s', (_who, identity) => {
    expect(accessLogScope(identity)).toBeNull();
  });
});

describe('patientExtractScope', () => {
  it('gives a kommun granskare its own kommun’s rows and the extract service all rows', () => {
    expect(patientExtractScope(goteborg({ roles: ['granskare'] }))).toEqual({ dataHuvudman: '1480' });
    expect(patientExtractScope(testIdentity({ roles: ['system'], scopes: ['loggutdrag:read'] }))).toEqual({ all: true });
  });

  it.each([
    ['a region granskare', testIdentity({ roles: ['granskare'] })],
    ['vårdpersonal', goteborg()],
    ['nosam', goteborg({ roles: ['nosam'] })],
    ['a system client with atkomstlogg:read only', goteborg({ roles: ['system'], scopes: ['atkomstlogg:read'] })],
  ])('refuses %s', (_who, identity) => {
    expect(patientExtractScope(identity)).toBeNull();
  });
});

describe('sparrKommunkod', () => {
  it('is the own kommun of kommun vårdpersonal only', () => {
    expect(sparrKommunkod(goteborg())).toBe('1480');
    expect(sparrKommunkod(testIdentity())).toBeNull();
    expect(sparrKommunkod(goteborg({ roles: ['granskare'] }))).toBeNull();
    expect(sparrKommunkod(goteborg({ roles: ['system'], scopes: ['patient:read'] }))).toBeNull();
  });
});
