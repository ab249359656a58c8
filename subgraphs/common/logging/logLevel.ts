// The log levels Samsyn writes, and LOG_LEVEL read strictly at start: a misspelt level stops the start naming
// the variable instead of silently logging at another level.
import { ConfigurationError } from '../config/environment.js';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

export type LogLevel = (typeof logLevels)[number];

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (logLevels as readonly string[]).includes(value);
}

/** LOG_LEVEL, or `info` when unset or empty; anything else is a ConfigurationError. */
export function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env['LOG_LEVEL'];
  if (raw === undefined || raw === '') return 'info';
  if (!isLogLevel(raw)) throw new ConfigurationError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${raw}"`);
  return raw;
}
