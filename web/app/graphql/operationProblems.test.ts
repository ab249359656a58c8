import { describe, expect, it } from 'vitest';
import { classifyErrors, describeService, hasProblems, refusedAt } from './operationProblems.js';

describe('classifyErrors', () => {
  it('sorts unavailable services, refusals, expired logins and the rest', () => {
    const problems = classifyErrors([
      { message: 'kommun down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', huvudman: 'kommunerna', subgraph: 'kommun' } },
      { message: 'kommun down again', extensions: { code: 'SUBGRAPH_UNAVAILABLE', huvudman: 'kommunerna', subgraph: 'kommun' } },
      { message: 'needs ground', path: ['patient', 'hemsjukvard'], extensions: { code: 'ATKOMSTGRUND_SAKNAS' } },
      { message: 'expired', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'bad id', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'no code' },
    ]);
    expect(problems.unavailable).toEqual([{ huvudman: 'kommunerna', subgraph: 'kommun' }]);
    expect(problems.refused).toEqual([{ code: 'ATKOMSTGRUND_SAKNAS', message: 'needs ground', path: 'patient.hemsjukvard' }]);
    expect(problems.unauthenticated).toBe(true);
    expect(problems.other.map((error) => error.code)).toEqual(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']);
    expect(hasProblems(problems)).toBe(true);
    expect(refusedAt(problems, 'patient')).toBe(true);
    expect(refusedAt(problems, 'patient.hemsjukvard')).toBe(true);
    expect(refusedAt(problems, 'patient.hemtjanst')).toBe(false);
  });

  it('has no problems for an answer without errors', () => {
    expect(hasProblems(classifyErrors(undefined))).toBe(false);
  });

  it('names services the way users know them', () => {
    expect(describeService({ huvudman: 'VGR', subgraph: 'vgr' })).toMatch(/Regionens/);
    expect(describeService({ huvudman: 'kommunerna', subgraph: 'kommun' })).toMatch(/Kommunernas/);
  });
});
