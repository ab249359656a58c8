import { describe, it, expect } from 'vitest';
import { GraphQLError } from 'graphql';
import { isBoendeId, parseBoendeId } from './boendeId.js';

describe('boende ids', () => {
  it('accepts stable tokens', () => {
    expect(isBoendeId('boende-1480-0001')).toBe(true);
    expect(parseBoendeId('boende-1401-0012', 'id')).toBe('boende-1401-0012');
  });

  it('refuses empty, spaced, punctuated or overlong values with ID_INVALID', () => {
    for (const value of ['', ' boende-1', 'boende 1', "boende'1", '-boende', 'b'.repeat(101)]) {
      expect(isBoendeId(value), value).toBe(false);
    }
    let caught: unknown;
    try {
      parseBoendeId('boende 1', 'id');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    expect((caught as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ID_INVALID', field: 'id' });
  });
});
