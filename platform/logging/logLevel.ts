// The log levels Samsyn writes, and LOG_LEVEL read strictly at start: a misspelt level stops the start naming
// the variable instead of silently logging at another level.
import { choiceVariable, readConfiguration } from '../config/variables.js';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

export type LogLevel = (typeof logLevels)[number];

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (logLevels as readonly string[]).includes(value);
}

/** LOG_LEVEL, `info` when unset or empty; anything else is a ConfigurationError. */
export const logVariables = { LOG_LEVEL: choiceVariable(logLevels, 'info') };

export function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  return readConfiguration(logVariables, env).LOG_LEVEL;
}
