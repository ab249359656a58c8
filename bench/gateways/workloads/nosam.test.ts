import { describe, expect, it } from 'vitest';
import { checkNosam, nosamRequest } from './nosam.js';

describe('nosamRequest', () => {
  it('asks for the närområde without an access ground', () => {
    const request = nosamRequest('query NaromradeVyPlan($id: ID!) { naromrade(id: $id) { id } }', '1480-centrum', 'tok');
    expect(request.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer tok' });
    expect(JSON.parse(request.body)).toMatchObject({ variables: { id: '1480-centrum' }, operationName: 'NaromradeVyPlan' });
  });
});

describe('checkNosam', () => {
  const naromrade = { id: '1480-centrum', naromradesplan: { version: 1 }, boenden: [{ id: 'b' }], vardcentraler: [{ hsaId: 'v' }] };

  it('accepts the view of the närområde asked for', () => {
    expect(checkNosam(JSON.stringify({ data: { naromrade } }), '1480-centrum')).toBeNull();
  });

  it('refuses another närområde or a missing part', () => {
    expect(checkNosam(JSON.stringify({ data: { naromrade } }), '1480-angered')).toMatch(/not 1480-angered/);
    expect(checkNosam(JSON.stringify({ data: { naromrade: { ...naromrade, boenden: [] } } }), '1480-centrum')).toBe('no boenden');
  });
});
