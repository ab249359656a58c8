import { describe, expect, it } from 'vitest';
import { carriedAtgardId, originalAtgardId } from './atgardId.js';

describe('åtgärd ids across plan versions', () => {
  it('carries an åtgärd over under its original id with the new version, however often', () => {
    expect(carriedAtgardId('atg-00012', 2)).toBe('atg-00012-v2');
    expect(carriedAtgardId('atg-00012-v2', 3)).toBe('atg-00012-v3');
    expect(originalAtgardId('atg-00012-v3')).toBe('atg-00012');
    expect(originalAtgardId('atg-5f0c-uuid')).toBe('atg-5f0c-uuid');
  });
});
