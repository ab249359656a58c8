import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './environment.js';
import { readSecretSetting } from './secretSetting.js';

const directory = mkdtempSync(join(tmpdir(), 'samsyn-secret-'));
function secretFile(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describe('readSecretSetting', () => {
  it('reads the variable itself', () => {
    expect(readSecretSetting({ SAMSYN_PSEUDONYM_KEY: 'k'.repeat(32) }, 'SAMSYN_PSEUDONYM_KEY')).toBe('k'.repeat(32));
  });

  it('reads the file NAME_FILE names, without the line break an editor or echo adds', () => {
    const path = secretFile('key', `${'s'.repeat(40)}\n`);
    expect(readSecretSetting({ SAMSYN_PSEUDONYM_KEY_FILE: path }, 'SAMSYN_PSEUDONYM_KEY')).toBe('s'.repeat(40));
  });

  it('keeps the rest of the file as it is (spaces can be part of a secret)', () => {
    const path = secretFile('url', ' postgres://samsyn_vgr:secret@postgres/samsyn_vgr ');
    expect(readSecretSetting({ DATABASE_URL_FILE: path }, 'DATABASE_URL')).toBe(' postgres://samsyn_vgr:secret@postgres/samsyn_vgr ');
  });

  it('is undefined when neither is set', () => {
    expect(readSecretSetting({ DATABASE_URL: '' }, 'DATABASE_URL')).toBeUndefined();
  });

  it('refuses both at once, an unreadable file and an empty one, naming the variable', () => {
    const path = secretFile('both', 'x');
    expect(() => readSecretSetting({ DATABASE_URL: 'postgres://a', DATABASE_URL_FILE: path }, 'DATABASE_URL')).toThrow(/DATABASE_URL or DATABASE_URL_FILE/);
    expect(() => readSecretSetting({ DATABASE_URL_FILE: join(directory, 'missing') }, 'DATABASE_URL')).toThrow(ConfigurationError);
    expect(() => readSecretSetting({ DATABASE_URL_FILE: secretFile('empty', '\n') }, 'DATABASE_URL')).toThrow(/DATABASE_URL_FILE .* empty/);
  });
});
