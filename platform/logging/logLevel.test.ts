import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../config/environment.js';
import { readLogLevel } from './logLevel.js';

describe('readLogLevel', () => {
  it('is info when unset or empty, else the level named', () => {
    expect(readLogLevel({})).toBe('info');
    expect(readLogLevel({ LOG_LEVEL: '' })).toBe('info');
    expect(readLogLevel({ LOG_LEVEL: 'debug' })).toBe('debug');
    expect(readLogLevel({ LOG_LEVEL: 'error' })).toBe('error');
  });

  it('refuses anything else, naming the variable and the levels', () => {
    expect(() => readLogLevel({ LOG_LEVEL: 'verbose' })).toThrow(ConfigurationError);
    expect(() => readLogLevel({ LOG_LEVEL: 'INFO' })).toThrow(/LOG_LEVEL must be one of debug, info, warn, error, got "INFO"/);
  });
});
