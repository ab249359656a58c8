// JSON-lines logging through pino, the ecosystem's logger: one object per line with `time` (ISO), `level` (its
// name), the bindings and `message`. Every line passes through `redact` on its way out, so no personnummer or
// token reaches a log whatever field it hides in.
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from './logLevel.js';
import { redact } from './redact.js';

export type { LogLevel } from './logLevel.js';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Receives each line without its newline (tests); default standard output. */
  write?: (line: string) => void;
}

/** `info` unless `options.level` says otherwise: a service passes the LOG_LEVEL its configuration read at start. */
export function createLogger(base: Record<string, unknown>, options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  return wrap(
    pino(
      {
        level,
        base,
        messageKey: 'message',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }), log: serializeErrors },
        hooks: { streamWrite: redact },
      },
      destination(options.write),
    ),
  );
}

function destination(write: LoggerOptions['write']): DestinationStream {
  // Standard output is written synchronously on Linux (files, pipes, terminals), so the last lines before an exit
  // (a failed start, a signal) are not lost in a buffer.
  if (!write) return process.stdout;
  return { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) };
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/** An Error in any top-level field is written with its name, message and stack (pino alone does so only for `err`). */
function serializeErrors(fields: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Error) {
      copy ??= { ...fields };
      copy[key] = { name: value.name, message: value.message, stack: value.stack };
    }
  }
  return copy ?? fields;
}
