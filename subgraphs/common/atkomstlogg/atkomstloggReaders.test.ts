import { describe, expect, it, vi } from 'vitest';
import type { Identity } from '../../../platform/auth/Identity.js';
import type { Role } from '../../../platform/auth/roles.js';
import { isHuvudmanId, regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import { isVastraGotalandKommunkod } from '../../../platform/identifiers/kommunkod.js';
import { testIdentity } from '../../../platform/testing/testIdentity.js';
import { atkomstloggScope, patientExtractScope, requireAtkomstloggScope, requirePatientExtractScope, type HoldsDataOf } from './atkomstloggReaders.js';
import type { AtkomstloggScope } from './queryAtkomstlogg.js';

// The three kinds of subgraph, by whose data they hold.
const subgraphs: [string, HoldsDataOf][] = [
  ['the region only (vgr)', (huvudman) => huvudman === regionHuvudman],
  ['any kommun (kommun)', isVastraGotalandKommunkod],
  ['any huvudman (samverkan)', isHuvudmanId],
];
const huvudmanKinds = [regionHuvudman, '1480'];

const scopeSets = {
  'no scope': [],
  'other scopes': ['patient:read', 'avvikelse:read', 'avvikelse:write'],
  'atkomstlogg:read': ['atkomstlogg:read'],
  'loggutdrag:read': ['loggutdrag:read'],
  'both log scopes': ['atkomstlogg:read', 'loggutdrag:read'],
} satisfies Record<string, string[]>;
type ScopeSet = keyof typeof scopeSets;

// `own`: the reads of the reader's own huvudman's data if the subgraph holds it, else refused;
// `all`: every row, whatever the huvudman; `none`: refused.
type Expected = 'own' | 'all' | 'none';

// role, scopes, access log (and its verification), patient extract
const rule: [Role, ScopeSet, Expected, Expected][] = [
  ['vardpersonal', 'no scope', 'none', 'none'],
  ['vardpersonal', 'other scopes', 'none', 'none'],
  ['vardpersonal', 'atkomstlogg:read', 'none', 'none'],
  ['vardpersonal', 'loggutdrag:read', 'none', 'none'],
  ['vardpersonal', 'both log scopes', 'none', 'none'],
  ['nosam', 'no scope', 'none', 'none'],
  ['nosam', 'other scopes', 'none', 'none'],
  ['nosam', 'atkomstlogg:read', 'none', 'none'],
  ['nosam', 'loggutdrag:read', 'none', 'none'],
  ['nosam', 'both log scopes', 'none', 'none'],
  ['analytiker', 'no scope', 'none', 'none'],
  ['analytiker', 'other scopes', 'none', 'none'],
  ['analytiker', 'atkomstlogg:read', 'none', 'none'],
  ['analytiker', 'loggutdrag:read', 'none', 'none'],
  ['analytiker', 'both log scopes', 'none', 'none'],
  ['granskare', 'no scope', 'own', 'own'],
  ['granskare', 'other scopes', 'own', 'own'],
  ['granskare', 'atkomstlogg:read', 'own', 'own'],
  ['granskare', 'loggutdrag:read', 'own', 'own'],
  ['granskare', 'both log scopes', 'own', 'own'],
  ['system', 'no scope', 'none', 'none'],
  ['system', 'other scopes', 'none', 'none'],
  ['system', 'atkomstlogg:read', 'own', 'none'],
  ['system', 'loggutdrag:read', 'none', 'all'],
  ['system', 'both log scopes', 'own', 'all'],
];

function reader(roles: Role[], huvudman: string, scopes: string[] = []): Identity {
  const system = roles.includes('system') && !roles.includes('granskare');
  return testIdentity({ roles, huvudman, scopes, ...(system ? { subject: 'samsyn-klient', employeeHsaId: null } : {}) });
}

function scopeFor(expected: Expected, huvudman: string, holdsDataOf: HoldsDataOf): AtkomstloggScope | null {
  if (expected === 'all') return { all: true };
  if (expected === 'own' && holdsDataOf(huvudman)) return { dataHuvudman: huvudman };
  return null;
}

function codeOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions?.['code'];
  }
  return 'no error';
}

describe.each(subgraphs)('a subgraph that holds the data of %s', (_name, holdsDataOf) => {
  it.each(rule)('%s with %s: access log %s, patient extract %s', (role, scopeSet, atkomstlogg, extract) => {
    for (const huvudman of huvudmanKinds) {
      const identity = reader([role], huvudman, scopeSets[scopeSet]);
      const logScope = scopeFor(atkomstlogg, huvudman, holdsDataOf);
      const extractScope = scopeFor(extract, huvudman, holdsDataOf);

      expect(atkomstloggScope(identity, holdsDataOf), `access log, huvudman ${huvudman}`).toEqual(logScope);
      expect(patientExtractScope(identity, holdsDataOf), `patient extract, huvudman ${huvudman}`).toEqual(extractScope);
      if (logScope === null) expect(codeOf(() => requireAtkomstloggScope(identity, holdsDataOf)), `require access log, ${huvudman}`).toBe('FORBIDDEN');
      else expect(requireAtkomstloggScope(identity, holdsDataOf)).toEqual(logScope);
      if (extractScope === null) expect(codeOf(() => requirePatientExtractScope(identity, holdsDataOf)), `require extract, ${huvudman}`).toBe('FORBIDDEN');
      else expect(requirePatientExtractScope(identity, holdsDataOf)).toEqual(extractScope);
    }
  });
});

describe('readers with more than one role', () => {
  const kommun = isVastraGotalandKommunkod;

  it('gives a granskare that is also the extract service every row of the extract', () => {
    expect(patientExtractScope(reader(['granskare', 'system'], '1480', ['loggutdrag:read']), kommun)).toEqual({ all: true });
    expect(patientExtractScope(reader(['granskare', 'system'], regionHuvudman, ['loggutdrag:read']), kommun)).toEqual({ all: true });
  });

  it('gives a granskare and system client with atkomstlogg:read its own huvudman’s rows only where the subgraph holds them', () => {
    expect(atkomstloggScope(reader(['granskare', 'system'], '1480', ['atkomstlogg:read']), kommun)).toEqual({ dataHuvudman: '1480' });
    expect(atkomstloggScope(reader(['granskare', 'system'], regionHuvudman, ['atkomstlogg:read']), kommun)).toBeNull();
  });

  it('does not count a scope held without the system role', () => {
    expect(atkomstloggScope(reader(['vardpersonal', 'nosam'], '1480', ['atkomstlogg:read', 'loggutdrag:read']), kommun)).toBeNull();
    expect(patientExtractScope(reader(['vardpersonal', 'nosam'], '1480', ['atkomstlogg:read', 'loggutdrag:read']), kommun)).toBeNull();
  });
});

describe('the huvudman asked about', () => {
  it('is the reader’s own, and the extract service is not asked at all', () => {
    const holdsDataOf = vi.fn((huvudman: string) => huvudman === '1490');
    expect(atkomstloggScope(reader(['granskare'], '1490'), holdsDataOf)).toEqual({ dataHuvudman: '1490' });
    expect(patientExtractScope(reader(['granskare'], '1490'), holdsDataOf)).toEqual({ dataHuvudman: '1490' });
    expect(holdsDataOf.mock.calls).toEqual([['1490'], ['1490']]);
    holdsDataOf.mockClear();
    expect(patientExtractScope(reader(['system'], '1480', ['loggutdrag:read']), holdsDataOf)).toEqual({ all: true });
    expect(holdsDataOf).not.toHaveBeenCalled();
  });
});

describe('the refusals', () => {
  const region: HoldsDataOf = (huvudman) => huvudman === regionHuvudman;

  it('name who may read and verify the access log', () => {
    expect(() => requireAtkomstloggScope(reader(['vardpersonal'], regionHuvudman), region)).toThrow(/granskare.*atkomstlogg:read.*read or verify/);
  });

  it('name who may read a patient’s log extract', () => {
    expect(() => requirePatientExtractScope(reader(['granskare'], '1480'), region)).toThrow(/loggutdrag:read.*granskare/);
  });
});
