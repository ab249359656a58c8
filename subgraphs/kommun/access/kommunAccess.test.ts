import { describe, expect, it } from 'vitest';
import * as atkomstloggReaders from '../../common/atkomstlogg/atkomstloggReaders.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { kommunHoldsDataOf, kommunkodOf, sparrKommunkod } from './kommunAccess.js';

const goteborg = (roles: Parameters<typeof testIdentity>[0] = {}) => testIdentity({ huvudman: '1480', ...roles });

// The shared rule (common/atkomstlogg/atkomstloggReaders.ts) as the kommun subgraph applies it.
const atkomstloggScope = (identity: Identity) => atkomstloggReaders.atkomstloggScope(identity, kommunHoldsDataOf);
const patientExtractScope = (identity: Identity) => atkomstloggReaders.patientExtractScope(identity, kommunHoldsDataOf);

describe('kommunHoldsDataOf', () => {
  it('is every kommun and not the region', () => {
    expect(kommunHoldsDataOf('1480')).toBe(true);
    expect(kommunHoldsDataOf('1401')).toBe(true);
    expect(kommunHoldsDataOf('VGR')).toBe(false);
  });
});

describe('kommunkodOf', () => {
  it('is the kommunkod of a kommun user and null for the region', () => {
    expect(kommunkodOf(goteborg())).toBe('1480');
    expect(kommunkodOf(testIdentity({ huvudman: 'VGR' }))).toBeNull();
  });
});

describe('atkomstloggScope', () => {
  it('gives a kommun granskare the rows of its own kommun', () => {
    expect(atkomstloggScope(goteborg({ roles: ['granskare'] }))).toEqual({ dataHuvudman: '1480' });
  });

  it('gives a system client with atkomstlogg:read the rows of its huvudman', () => {
    expect(atkomstloggScope(testIdentity({ huvudman: '1490', roles: ['system'], scopes: ['atkomstlogg:read'] }))).toEqual({ dataHuvudman: '1490' });
  });

  it.each([
    ['a region granskare', testIdentity({ roles: ['granskare'] })],
    ['vårdpersonal', goteborg({ roles: ['vardpersonal'] })],
    ['nosam', goteborg({ roles: ['nosam'] })],
    ['analytiker', goteborg({ roles: ['analytiker'] })],
    ['a system client without the scope', goteborg({ roles: ['system'], scopes: ['patient:read', 'loggutdrag:read'] })],
    ['a client with the scope but not the system role', goteborg({ roles: ['vardpersonal'], scopes: ['atkomstlogg:read'] })],
    ['a region system client with atkomstlogg:read', testIdentity({ roles: ['system'], scopes: ['atkomstlogg:read'], employeeHsaId: null })],
  ])('refuses %s', (_who, identity) => {
    expect(atkomstloggScope(identity)).toBeNull();
  });
});

describe('patientExtractScope', () => {
  it('gives a kommun granskare its own kommun’s rows and the extract service all rows', () => {
    expect(patientExtractScope(goteborg({ roles: ['granskare'] }))).toEqual({ dataHuvudman: '1480' });
    expect(patientExtractScope(testIdentity({ roles: ['system'], scopes: ['loggutdrag:read'] }))).toEqual({ all: true });
  });

  it('gives a kommun granskare that is also the extract service all rows', () => {
    expect(patientExtractScope(goteborg({ roles: ['granskare', 'system'], scopes: ['loggutdrag:read'] }))).toEqual({ all: true });
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
