// The command line that starts a gateway pinned to one CPU. `taskset` execs
// its command, so the spawned pid is the gateway's own node process.

export interface PinnedCommand {
  command: 'taskset';
  args: string[];
}

/** `taskset -c <cpu> <node> <nodeArgs…>`; `node` is the running node binary (process.execPath), never npx. */
export function pinnedCommand(cpu: number, node: string, nodeArgs: string[]): PinnedCommand {
  if (!Number.isInteger(cpu) || cpu < 0) throw new Error(`Not a CPU number: ${cpu}.`);
  return { command: 'taskset', args: ['-c', String(cpu), node, ...nodeArgs] };
}
