import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createFormatError } from './formatError.js';

function formatting() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ service: 'test' }, { write: (line) => lines.push(JSON.parse(line)) });
  return { format: createFormatError(log), lines };
}

/** What Apollo Server hands formatError for an error thrown in a resolver. */
function fromResolver(original: Error) {
  const error = new GraphQLError(original.message, { path: ['rapporteraAvvikelse'], originalError: original, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return [{ message: original.message, path: ['rapporteraAvvikelse'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] } }, error] as const;
}

describe('createFormatError', () => {
  it('answers a database that is away with a retryable DATABASE_UNAVAILABLE and a warning, not an internal error', () => {
    const { format, lines } = formatting();
    const formatted = format(...fromResolver(new Error('Connection terminated unexpectedly')));
    expect(formatted).toEqual({
      message: 'The database of this service could not be reached. Try again in a moment.',
      path: ['rapporteraAvvikelse'],
      extensions: { code: 'DATABASE_UNAVAILABLE', reason: 'UNREACHABLE', retryable: true },
    });
    expect(lines.map((line) => line['level'])).toEqual(['warn']);
  });

  it('says TIMEOUT for a statement that ran out of time', () => {
    const { format } = formatting();
    expect(format(...fromResolver(new Error('Query read timeout'))).extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', reason: 'TIMEOUT' });
  });

  it('keeps anything else a bare internal error, logged as an error', () => {
    const { format, lines } = formatting();
    const formatted = format(...fromResolver(Object.assign(new Error('duplicate key value violates unique constraint "avvikelse_pkey"'), { code: '23505' })));
    expect(formatted).toEqual({ message: 'Internal server error.', path: ['rapporteraAvvikelse'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines.map((line) => line['level'])).toEqual(['error']);
  });
});
