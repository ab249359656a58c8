// Runs long synchronous pieces of work in the order their requests arrived, one per event-loop turn. Without it a
// process whose event loop is saturated serves its ready sockets in the fixed order epoll keeps them in.
//
// Why: epoll (level-triggered, as libuv uses it) puts every socket it reports straight back on its ready list, so
// the next batch comes out in the same socket order again. A request that arrives on a socket just behind the one
// being served waits for the whole batch to finish and then for its place in the next one: in the benchmark's
// analysis workload samverkan's requests waited from 0.4 to 1.5 s for the same 45 ms of work. Starting one piece
// per loop turn lets the loop read the sockets in between, so a request waits only behind those that came before it.
//
// Only for work that holds the loop for long. Gating every request of every subgraph this way cost gateway A about a
// quarter of its throughput on the patient picture: short database-bound requests then started one per turn instead
// of all those read at once.
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

  return {
    turn: () =>
      new Promise<void>((resolve) => {
        queue.push(resolve);
        scheduleNext();
      }),
    waiting: () => queue.length,
  };
}
