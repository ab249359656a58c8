import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './configurationError.js';
import { choiceVariable, optionalTextVariable, portVariable, readConfiguration, textVariable, wholeNumberVariable } from './variables.js';

const shape = {
  PORT: portVariable(4000),
  LEVEL: choiceVariable(['debug', 'info'], 'info'),
  LIMIT: wholeNumberVariable(5, 1, 10),
  URL: optionalTextVariable(),
  HOST: textVariable('127.0.0.1'),
};

function problemOf(env: NodeJS.ProcessEnv): ConfigurationError {
  try {
    readConfiguration(shape, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readConfiguration', () => {
  it('gives the defaults for unset and empty variables, and ignores the rest of the environment', () => {
    expect(readConfiguration(shape, { PORT: '', URL: '', PATH: '/usr/bin' })).toEqual({ PORT: 4000, LEVEL: 'info', LIMIT: 5, URL: undefined, HOST: '127.0.0.1' });
  });

  it('gives typed values for set variables', () => {
    expect(readConfiguration(shape, { PORT: '0', LEVEL: 'debug', LIMIT: '10', URL: 'http://x', HOST: '0.0.0.0' })).toEqual({
      PORT: 0,
      LEVEL: 'debug',
      LIMIT: 10,
      URL: 'http://x',
      HOST: '0.0.0.0',
    });
  });

  it('refuses every invalid value at once, naming each variable and what it got', () => {
    const problem = problemOf({ PORT: '70000', LEVEL: 'verbose', LIMIT: '1.5' });
    expect(problem.variables).toEqual(['PORT', 'LEVEL', 'LIMIT']);
    expect(problem.code).toBe('CONFIGURATION_INVALID');
    expect(problem.message).toContain('PORT must be a TCP port number (0–65535), got "70000"');
    expect(problem.message).toContain('LEVEL must be one of debug, info, got "verbose"');
    expect(problem.message).toContain('LIMIT must be a whole number from 1 to 10, got "1.5"');
  });

  it('takes digits only for numbers: no sign, exponent or spaces', () => {
    for (const raw of ['-1', '1e1', ' 5', '0x5', '11', '0']) expect(problemOf({ LIMIT: raw }).variables).toEqual(['LIMIT']);
  });
});
