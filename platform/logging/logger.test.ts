import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function captured(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const log = createLogger({ service: 'test' }, { write: (line) => lines.push(line), ...(level ? { level } : {}) });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON object per line: ISO time, level by name, the bindings, the message and the fields', () => {
    const { log, lines, parsed } = captured();
    log.info('subgraph listening', { port: 4001 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const [line] = parsed();
    expect(line).toMatchObject({ level: 'info', service: 'test', message: 'subgraph listening', port: 4001 });
    expect(new Date(line!['time'] as string).toISOString()).toBe(line!['time']);
  });

  it('binds a child’s fields to every line it writes, and leaves the parent as it was', () => {
    const { log, parsed } = captured();
    log.child({ requestId: 'r-1' }).warn('slow');
    log.error('failed');
    expect(parsed()).toMatchObject([
      { level: 'warn', requestId: 'r-1', message: 'slow' },
      { level: 'error', message: 'failed' },
    ]);
    expect(parsed()[1]).not.toHaveProperty('requestId');
  });

  it('writes nothing below its level', () => {
    const { log, parsed } = captured('warn');
    log.debug('d');
    log.info('i');
    log.warn('w');
    expect(parsed().map((line) => line['message'])).toEqual(['w']);
  });

  it('writes an Error in any field with its name, message and stack', () => {
    const { log, parsed } = captured();
    log.error('could not start', { error: new TypeError('bad value'), cause: new Error('underneath') });
    expect(parsed()[0]).toMatchObject({ error: { name: 'TypeError', message: 'bad value' }, cause: { name: 'Error', message: 'underneath' } });
    expect((parsed()[0]!['error'] as { stack: string }).stack).toContain('TypeError: bad value');
  });

  it('masks a personnummer and a bearer token wherever they are: message, field, nested, error', () => {
    const { log, lines } = captured();
    log.info('read 191212121212', { patient: { id: '19900602-2397' }, header: 'Bearer eyJhbGciOi.x.y', error: new Error('for 194408139089') });
    expect(lines.join('\n')).not.toMatch(/191212121212|199006022397|19900602-2397|194408139089|eyJhbGciOi/);
    expect(lines[0]).toContain('Bearer [redacted]');
  });
});
