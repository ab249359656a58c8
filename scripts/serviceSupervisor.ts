// Keeps Samsyn's services running under `npm start`: starts them group by
// group, restarts one that ends unexpectedly (with backoff, logged) instead of
// stopping everything, and stops them all — in reverse order, so the gateway
// drains while its subgraphs still answer — also in the middle of a start.
import { defaultBackoff, failuresInARow, restartDelayMs, type BackoffPolicy } from './restartBackoff.js';
import { describeExit, spawnService, waitForHealth, type ServiceProcess, type ServiceSpec } from './serviceProcess.js';

export interface SupervisorOptions {
  backoff?: BackoffPolicy;
  /** How long a start (or restart) may take before the service counts as not started. */
  startTimeoutMs?: number;
  /** Where the supervisor's own lines go. */
  log?: (line: string) => void;
}

export interface SupervisedService {
  readonly name: string;
  /** The process id of the service's current process. */
  readonly pid: number | undefined;
  /** Restarts so far. */
  readonly restarts: number;
  stop(): Promise<void>;
}

export class ServiceSupervisor {
  private readonly groups: SupervisedService[][] = [];
  private stopped: Promise<void> | undefined;
  private readonly backoff: BackoffPolicy;
  private readonly startTimeoutMs: number;
  private readonly log: (line: string) => void;

  constructor(options: SupervisorOptions = {}) {
    this.backoff = options.backoff ?? defaultBackoff;
    this.startTimeoutMs = options.startTimeoutMs ?? 180_000;
    this.log = options.log ?? ((line) => console.error(line));
  }

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  services(): SupervisedService[] {
    return this.groups.flat();
  }

  /** Starts `specs` side by side and waits until each is healthy; throws (the others keep running) if one is not. */
  async startGroup(specs: readonly ServiceSpec[]): Promise<void> {
    if (this.stopping) throw new Error('Samsyn is stopping');
    const started = specs.map((spec) => this.supervise(spec));
    this.groups.push(started.map((entry) => entry.service));
    const outcomes = await Promise.allSettled(started.map((entry) => entry.healthy));
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Stops every service, the last group started first. Idempotent. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      for (const group of [...this.groups].reverse()) await Promise.all(group.map((service) => service.stop()));
    })();
    return this.stopped;
  }

  private supervise(spec: ServiceSpec): { service: SupervisedService; healthy: Promise<void> } {
    const { backoff, startTimeoutMs, log } = this;
    let current: ServiceProcess = spawnService(spec);
    let stopping = false;
    let restarts = 0;
    let wake = () => {};
    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    const healthy = waitForHealth(current, spec.healthUrl, startTimeoutMs, spec.healthCa);

    const keepRunning = async () => {
      let failures = 0;
      for (;;) {
        const since = Date.now();
        await current.exited;
        if (stopping) return;
        failures = failuresInARow(failures, Date.now() - since, backoff);
        const delay = restartDelayMs(failures, backoff);
        log(`${spec.name} stopped unexpectedly (${describeExit(current.child)}); restarting it in ${formatSeconds(delay)} (failure ${failures} in a row).`);
        await pause(delay);
        if (stopping) return;
        restarts += 1;
        current = spawnService(spec);
        try {
          await waitForHealth(current, spec.healthUrl, startTimeoutMs, spec.healthCa);
          log(`${spec.name} is running again (restart ${restarts}).`);
        } catch (error) {
          if (stopping) return;
          log(`${spec.name} did not come back: ${error instanceof Error ? error.message : String(error)}`);
          await current.stop();
        }
      }
    };
    // A service that never became healthy is the start's failure, not one to restart.
    void healthy.then(keepRunning, () => {});

    return {
      healthy,
      service: {
        name: spec.name,
        get pid() {
          return current.child.pid;
        },
        get restarts() {
          return restarts;
        },
        async stop() {
          stopping = true;
          wake();
          await current.stop();
        },
      },
    };
  }
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s`;
}
