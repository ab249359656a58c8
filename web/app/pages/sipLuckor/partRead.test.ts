import { describe, it, expect } from 'vitest';
import { noProblems, type OperationProblems } from '../../graphql/operationProblems.js';
import { readPart } from './partRead.js';

const path = 'naromrade.patienterMedInsatserFranBada.2';

function refused(code: string, at: string): OperationProblems {
  return { ...noProblems, refused: [{ code, message: 'nej', path: at }] };
}

describe('readPart', () => {
  it('takes a value as read, and a null without problems as "has none"', () => {
    expect(readPart(noProblems, path, 'fastLakarkontakt', { fran: '2024-01-01' }, false)).toEqual({ read: true, value: { fran: '2024-01-01' } });
    expect(readPart(noProblems, path, 'fastLakarkontakt', null, false)).toEqual({ read: true, value: null });
  });

  it('reads a refusal for want of a ground at the field, or inside it, as KRAVER_ATKOMSTGRUND', () => {
    expect(readPart(refused('ATKOMSTGRUND_SAKNAS', `${path}.fastLakarkontakt`), path, 'fastLakarkontakt', null, false)).toEqual({
      read: false,
      reason: 'KRAVER_ATKOMSTGRUND',
    });
    expect(readPart(refused('ATKOMSTGRUND_SAKNAS', `${path}.sipar.0.status`), path, 'sipar', null, false)).toEqual({ read: false, reason: 'KRAVER_ATKOMSTGRUND' });
    expect(readPart(refused('FORBIDDEN', `${path}.listning`), path, 'listning', null, false)).toEqual({ read: false, reason: 'NEKAD' });
  });

  it('ignores refusals of another patient or another field', () => {
    const problems = refused('ATKOMSTGRUND_SAKNAS', 'naromrade.patienterMedInsatserFranBada.21.fastLakarkontakt');
    expect(readPart(problems, path, 'fastLakarkontakt', null, false)).toEqual({ read: true, value: null });
    expect(readPart(refused('ATKOMSTGRUND_SAKNAS', `${path}.listning`), path, 'fastLakarkontakt', null, false)).toEqual({ read: true, value: null });
  });

  it('does not take a null from a service that is down as "has none"', () => {
    const problems: OperationProblems = { ...noProblems, unavailable: [{ huvudman: 'samverkan', subgraph: 'samverkan' }] };
    expect(readPart(problems, path, 'sipar', null, false)).toEqual({ read: false, reason: 'EJ_TILLGANGLIGT' });
    expect(readPart(problems, path, 'fastLakarkontakt', null, false)).toEqual({ read: true, value: null });
  });

  it('does not take a null as "has none" when a spärr may hide the region’s or the kommun’s data', () => {
    expect(readPart(noProblems, path, 'fastLakarkontakt', null, true)).toEqual({ read: false, reason: 'SPARRAD' });
    expect(readPart(noProblems, path, 'hemtjanst', null, true)).toEqual({ read: false, reason: 'SPARRAD' });
    // Samverkan has no spärr: its empty list is real.
    expect(readPart(noProblems, path, 'sipar', [], true)).toEqual({ read: true, value: [] });
  });

  it('does not trust a null when the answer had an error it cannot place', () => {
    const problems: OperationProblems = { ...noProblems, other: [{ code: 'INTERNAL_SERVER_ERROR', message: 'fel' }] };
    expect(readPart(problems, path, 'fastLakarkontakt', null, false)).toEqual({ read: false, reason: 'FEL' });
  });
});
