import { describe, expect, it } from 'vitest';
import { databaseUnavailableReason } from './databaseUnavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('databaseUnavailableReason', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'UNREACHABLE'],
    ['a connection the server dropped', new Error('Connection terminated unexpectedly'), 'UNREACHABLE'],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01'), 'UNREACHABLE'],
    ['a server starting up', withCode('the database system is starting up', '57P03'), 'UNREACHABLE'],
    ['a broken connection (class 08)', withCode('connection failure', '08006'), 'UNREACHABLE'],
    ['no connection slots left', withCode('sorry, too many clients already', '53300'), 'UNREACHABLE'],
    ['statement_timeout', withCode('canceling statement due to statement timeout', '57014'), 'TIMEOUT'],
    ['the client-side query timeout', new Error('Query read timeout'), 'TIMEOUT'],
    ['no connection within the connect timeout', new Error('timeout exceeded when trying to connect'), 'TIMEOUT'],
    ['the cause of a wrapping error', new Error('the access log could not be written', { cause: new Error('Connection terminated unexpectedly') }), 'UNREACHABLE'],
    ['refused on every address', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), 'UNREACHABLE'],
  ])('knows %s', (_name, error, reason) => {
    expect(databaseUnavailableReason(error)).toBe(reason);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['a plain programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something not an Error', 'Connection terminated unexpectedly'],
  ])('leaves %s alone', (_name, error) => {
    expect(databaseUnavailableReason(error)).toBeNull();
  });
});
