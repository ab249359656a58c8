import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './loopback.js';

describe('isLoopbackHost', () => {
  it('knows every way of naming this machine only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it('takes every other address, the wildcards and names for the network', () => {
    for (const host of ['0.0.0.0', '::', '', '10.0.0.5', '128.0.0.1', '::2', '::ffff:10.0.0.1', 'samsyn.example', 'localhost.example', '127.0.0.1.evil.example']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
