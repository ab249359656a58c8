import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { redact } from './redact.js';

describe('redact', () => {
  it('masks personnummer in every written form and bearer tokens', () => {
    const text = redact('a 191212121212 b 19121212-1212 c 121212-1212 d Bearer eyJhbGciOi.payload.sig');
    expect(text).not.toMatch(/1212121212|121212-1212|eyJhbGciOi/);
    expect(text).toContain('Bearer [redacted]');
  });

  it('leaves dates, ids and counts alone', () => {
    expect(redact('2026-11-23 avv-000123 count 4711')).toBe('2026-11-23 avv-000123 count 4711');
  });

  it('leaves request ids whose groups happen to be all digits, and still masks a personnummer beside one', () => {
    for (const id of ['12345678-1234-4abc-8def-0123456789ab', '1a2b3c4d-5e6f-4a7b-8c9d-191212121212', '19121212-1212-4abc-8def-0123456789ab']) {
      expect(redact(`requestId ${id}`)).toBe(`requestId ${id}`);
    }
    expect(redact('19121212-1212-')).not.toContain('1212-1212');
    expect(redact('id 1a2b3c4d-5e6f-4a7b-8c9d-0123456789ab patient 191212121212')).toContain('patient 1912****-****');
  });

  it('is applied by the logger to messages and fields', () => {
    const lines: string[] = [];
    const log = createLogger({ service: 'test' }, { write: (line) => lines.push(line) });
    log.info('read 191212121212', { patient: '199006022397', error: new Error('for 194408139089') });
    expect(lines.join('\n')).not.toMatch(/191212121212|199006022397|194408139089/);
  });
});
