import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile } from './staticFiles.js';

describe('readStaticFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'samsyn-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'samsyn-static-secret.txt'), 'secret');

  it('serves index.html for / and files by path with their content type', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toBe('text/html; charset=utf-8');
    const script = await readStaticFile(root, '/assets/app.js');
    expect(script?.body.toString()).toBe('console.log(1)');
    expect(script?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('never serves anything outside its directory', async () => {
    expect(await readStaticFile(root, '/../samsyn-static-secret.txt')).toBeNull();
    expect(await readStaticFile(root, '/%2e%2e/samsyn-static-secret.txt')).toBeNull();
    expect(await readStaticFile(root, '/assets/%00')).toBeNull();
    expect(await readStaticFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('answers null for what does not exist or is a folder', async () => {
    expect(await readStaticFile(root, '/nope.js')).toBeNull();
    expect(await readStaticFile(root, '/assets')).toBeNull();
  });
});
