import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../config/environment.js';
import { patientPseudonym, pseudonymKeyFrom } from './patientPseudonym.js';

describe('pseudonymKeyFrom', () => {
  it('takes the key from a mounted secret file, giving the same pseudonyms as the variable', () => {
    const key = 'a-shared-secret-of-at-least-32-characters';
    const path = join(mkdtempSync(join(tmpdir(), 'samsyn-pseudonym-')), 'pseudonym-key');
    writeFileSync(path, `${key}\n`);
    const fromFile = pseudonymKeyFrom({ SAMSYN_PSEUDONYM_KEY_FILE: path });
    expect(patientPseudonym('191212121212', fromFile)).toBe(patientPseudonym('191212121212', pseudonymKeyFrom({ SAMSYN_PSEUDONYM_KEY: key })));
  });

  it('refuses a missing or short key, naming both ways to give it', () => {
    expect(() => pseudonymKeyFrom({})).toThrow(ConfigurationError);
    expect(() => pseudonymKeyFrom({ SAMSYN_PSEUDONYM_KEY: 'short' })).toThrow(/SAMSYN_PSEUDONYM_KEY \(or the file SAMSYN_PSEUDONYM_KEY_FILE\)/);
  });
});
