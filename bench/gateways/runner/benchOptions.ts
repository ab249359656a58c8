// The command line of `npm run bench`: rounds, durations, which workloads and
// gateways, database reuse, paced runs, and --quick for trying the harness out.
import type { GatewayId } from '../types.js';
import { parseAblationList, type AblationName } from './ablation.js';

export interface BenchOptions {
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Workload ids in the order given (all when the option is absent). */
  workloads: string[];
  /** Always in the order A, B, C, D, whatever order they were given in. */
  gateways: GatewayId[];
  reuse: boolean;
  keep: boolean;
  quick: boolean;
  /** Paced runs (simulated users with think times) of the workloads that declare `pacing`; off with --no-paced. */
  paced: boolean;
  /** Check one response body in this many (1: every body). */
  checkEvery: number;
  /** A with each of these turned off, alone, in every round after A and B (empty: no ablation). */
  ablation: AblationName[];
  /** How long to wait for a quiet machine before giving up. */
  quietTimeoutSeconds: number;
  help: boolean;
}

export const benchUsage = `npm run bench -- [options]

  --rounds N          rounds of A, B, C, D on each workload (default 3, at least 3)
  --duration S        measured seconds per run (default 10)
  --warmup S          warm-up seconds per run, thrown away (default 3)
  --workloads a,b     only these workloads (ids), in this order
  --gateways A,B      only these gateways (always run in the order A, B, C, D)
  --reuse             use the benchmark databases if they exist (they hold earlier runs' writes)
  --keep              keep the databases (and the temp folder with the service logs) at the end
  --no-paced          skip the paced runs (users with think times) that judge the latency targets
  --quick             1 round of 3 s after 1 s warm-up, disturbed runs marked but not repeated, one
                      short paced run per gateway and paced workload (at least 200 requests):
                      tries the harness out, not a valid measurement
  --check-every N     check one response body in N (default 1: every body)
  --quiet-timeout S   give up when the machine is not quiet within S seconds (default 180)
  --ablation[=a,b]    also A with each optimisation turned off alone (all, or those named), in the same
                      rounds; gateways A and B unless --gateways says otherwise; no paced runs
  --help`;

const allGateways: GatewayId[] = ['A', 'B', 'C', 'D'];

export function parseBenchOptions(args: readonly string[], knownWorkloads: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    rounds: 3,
    durationSeconds: 10,
    warmupSeconds: 3,
    workloads: [...knownWorkloads],
    gateways: [...allGateways],
    reuse: false,
    keep: false,
    quick: false,
    paced: true,
    checkEvery: 1,
    ablation: [],
    quietTimeoutSeconds: 180,
    help: false,
  };
  const given = new Set<string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [name, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inlineValue ?? args[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value`);
      return next;
    };
    given.add(name);
    switch (name) {
      case '--rounds': options.rounds = wholeNumber(name, value(), 1); break;
      case '--duration': options.durationSeconds = wholeNumber(name, value(), 1); break;
      case '--warmup': options.warmupSeconds = wholeNumber(name, value(), 0); break;
      case '--check-every': options.checkEvery = wholeNumber(name, value(), 1); break;
      case '--quiet-timeout': options.quietTimeoutSeconds = wholeNumber(name, value(), 1); break;
      case '--workloads': options.workloads = workloadList(value(), knownWorkloads); break;
      case '--gateways': options.gateways = gatewayList(value()); break;
      case '--reuse': options.reuse = true; break;
      case '--keep': options.keep = true; break;
      case '--quick': options.quick = true; break;
      case '--ablation': options.ablation = parseAblationList(inlineValue); break;
      case '--no-paced': options.paced = false; break;
      case '--help': case '-h': options.help = true; break;
      default: throw new Error(`Unknown option ${arg}\n\n${benchUsage}`);
    }
  }
  if (options.ablation.length > 0) {
    if (!given.has('--gateways')) options.gateways = ['A', 'B'];
    if (!options.gateways.includes('A')) throw new Error('--ablation needs gateway A');
    options.paced = false;
  }
  if (options.quick) {
    options.rounds = 1;
    options.durationSeconds = 3;
    if (!given.has('--warmup')) options.warmupSeconds = 1;
  } else if (options.rounds < 3) {
    throw new Error('--rounds needs at least 3 (the ratios are medians of per-round pairs); use --quick to try the harness out');
  }
  return options;
}

function wholeNumber(name: string, text: string, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} needs a whole number of at least ${minimum}, got "${text}"`);
  return value;
}

function workloadList(text: string, known: readonly string[]): string[] {
  const ids = [...new Set(text.split(',').map((id) => id.trim()).filter(Boolean))];
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`Unknown workload ${unknown.join(', ')}; known: ${known.join(', ')}`);
  if (ids.length === 0) throw new Error('--workloads needs at least one workload id');
  return ids;
}

function gatewayList(text: string): GatewayId[] {
  const ids = text.split(',').map((id) => id.trim().toUpperCase()).filter(Boolean);
  const unknown = ids.filter((id) => !(allGateways as string[]).includes(id));
  if (unknown.length > 0) throw new Error(`Unknown gateway ${unknown.join(', ')}; known: A, B, C, D`);
  if (ids.length === 0) throw new Error('--gateways needs at least one of A, B, C, D');
  return allGateways.filter((id) => ids.includes(id));
}
