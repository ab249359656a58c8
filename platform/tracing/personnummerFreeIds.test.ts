import { describe, expect, it } from 'vitest';
import { redact } from '../logging/redact.js';
import { maskedByLog, PersonnummerFreeIdGenerator } from './personnummerFreeIds.js';

describe('PersonnummerFreeIdGenerator', () => {
  it('draws again an id that the log would mask', () => {
    const traceIds = ['f9c392f603216e5307940404b7b464b8', 'f9c392f603216e53a7940404b7b464b8'];
    const spanIds = ['a191212121212abc', 'abcdef0123abcdef'];
    const generator = new PersonnummerFreeIdGenerator({ generateTraceId: () => traceIds.shift()!, generateSpanId: () => spanIds.shift()! });
    expect(generator.generateTraceId()).toBe('f9c392f603216e53a7940404b7b464b8');
    expect(generator.generateSpanId()).toBe('abcdef0123abcdef');
  });

  it('gives random ids that survive the log unchanged', () => {
    const generator = new PersonnummerFreeIdGenerator();
    const ids = Array.from({ length: 2000 }, () => generator.generateTraceId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(redact(id)).toBe(id);
    }
    expect(generator.generateSpanId()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('maskedByLog', () => {
  it('tells a trace id with ten digits in a row from one without', () => {
    expect(maskedByLog('f9c392f603216e5307940404b7b464b8')).toBe(true);
    expect(maskedByLog('f9c392f603216e53a7940404b7b464b8')).toBe(false);
  });
});
