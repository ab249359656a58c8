import { describe, expect, it } from 'vitest';
import { pinnedCommand } from './pinnedCommand.js';

describe('pinnedCommand', () => {
  it('puts node itself right after the CPU list', () => {
    expect(pinnedCommand(0, '/usr/bin/node', ['--import', 'tsx', 'gateway/main.ts'])).toEqual({
      command: 'taskset',
      args: ['-c', '0', '/usr/bin/node', '--import', 'tsx', 'gateway/main.ts'],
    });
  });

  it('refuses a CPU that is not a number', () => {
    expect(() => pinnedCommand(-1, 'node', [])).toThrow();
    expect(() => pinnedCommand(0.5, 'node', [])).toThrow();
  });
});
