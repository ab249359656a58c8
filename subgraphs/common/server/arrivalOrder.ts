// Runs long synchronous pieces of work in the order their requests arrived, one per event-loop turn: under a saturated
// loop, level-triggered epoll hands back ready sockets in the same order every turn, so a request behind a busy socket
// waits several batches. Only for work that holds the loop long; gating short requests costs throughput.
import { optimisationOn } from '../../../platform/optimisations/optimisations.js';

export interface ArrivalOrder {
  /** Resolves when it is this caller's turn to start; callers start in the order they asked. */
  turn(): Promise<void>;
  /** Callers waiting for their turn. */
  waiting(): number;
}

/** `schedule` runs a callback on a later event-loop turn: setImmediate in production, so sockets are read between turns. */
export function createArrivalOrder(schedule: (callback: () => void) => void = setImmediate): ArrivalOrder {
  // At most one caller per request in flight (tens), so shift() costs nothing worth a ring buffer.
  const queue: Array<() => void> = [];
  let scheduled = false;

  const startNext = () => {
    scheduled = false;
    const start = queue.shift();
    if (start === undefined) return;
    if (queue.length > 0) scheduleNext();
    start();
  };
  const scheduleNext = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(startNext);
  };

  const inOrder = () =>
    new Promise<void>((resolve) => {
      queue.push(resolve);
      scheduleNext();
    });
  // Off (the `arrival-order` switch), each caller starts on the event-loop turn after it asked, in no set order.
  const nextTurn = () => new Promise<void>((resolve) => schedule(resolve));
  return {
    turn: () => (optimisationOn('arrival-order') ? inOrder() : nextTurn()),
    waiting: () => queue.length,
  };
}
