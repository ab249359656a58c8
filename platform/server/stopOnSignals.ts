// How every Samsyn service process ends: SIGINT or SIGTERM, or the end of the
// supervisor that started it (so no service outlives `npm start`), begins one
// graceful stop; exit 0 when it went well.
import type { Logger } from '../logging/logger.js';

/** Set by the supervisor (scripts/serviceProcess.ts) to its own pid: a child stops when that parent is gone. */
export const parentPidVariable = 'SAMSYN_PARENT_PID';

const parentCheckIntervalMs = 500;

export interface StopOnSignalsOptions {
  log: Logger;
  stop: () => Promise<unknown>;
  /** Stop when this process is no longer our parent (it ended and we were handed to init or a subreaper). */
  parentPid?: number | undefined;
}

/** The supervisor's pid from the environment, when this process is still its child. */
export function supervisingParent(env: NodeJS.ProcessEnv): number | undefined {
  const pid = Number(env[parentPidVariable]);
  return Number.isInteger(pid) && pid > 1 && pid === process.ppid ? pid : undefined;
}

export function stopOnSignals({ log, stop, parentPid }: StopOnSignalsOptions): void {
  let stopping = false;
  const shutdown = (reason: string) => {
    // A second signal while draining changes nothing: the grace period already bounds the stop.
    if (stopping) return;
    stopping = true;
    log.info('stopping', { reason });
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('stop failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  if (parentPid !== undefined) {
    const timer = setInterval(() => {
      if (process.ppid !== parentPid) shutdown('parent process ended');
    }, parentCheckIntervalMs);
    timer.unref();
  }
}
