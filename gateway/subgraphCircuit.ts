// A small circuit breaker for one subgraph: after a few fetches in a row that timed out, further fetches fail at
// once for a short while instead of each waiting out its time (and piling up on a frozen subgraph's sockets);
// then one fetch goes as a probe, and its outcome closes the circuit or opens it again.

export interface SubgraphCircuitOptions {
  /** Timeouts in a row that open the circuit. */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe may go. */
  openMs?: number;
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'probing';

export class SubgraphCircuit {
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly now: () => number;
  private timeoutsInRow = 0;
  private openedAt = 0;
  private currentState: CircuitState = 'closed';

  constructor(options: SubgraphCircuitOptions = {}) {
    this.failureThreshold = options.failureThreshold ?? 3;
    this.openMs = options.openMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    return this.currentState;
  }

  /**
   * Whether a fetch may go now. When the open time is over, the first one asked for goes as the probe (it must
   * then report its outcome); the others keep failing fast until the probe has answered.
   */
  admit(): boolean {
    if (this.currentState === 'closed') return true;
    if (this.currentState === 'open' && this.now() - this.openedAt >= this.openMs) {
      this.currentState = 'probing';
      return true;
    }
    return false;
  }

  /** The subgraph answered (any HTTP status: it is not frozen). */
  answered(): void {
    this.timeoutsInRow = 0;
    this.currentState = 'closed';
  }

  /** A fetch got no answer within its time. */
  timedOut(): void {
    this.timeoutsInRow += 1;
    if (this.currentState === 'probing' || this.timeoutsInRow >= this.failureThreshold) this.open();
  }

  /** A fetch failed otherwise (refused, reset): says nothing of a freeze, but a probe that fails so is no answer. */
  failed(): void {
    if (this.currentState === 'probing') this.open();
  }

  private open(): void {
    this.currentState = 'open';
    this.openedAt = this.now();
  }
}
