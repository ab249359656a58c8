// `npm run bench`: measures Samsyn's gateway (A) against plain @apollo/gateway (B) and Hive Gateway (C) over the
// same supergraph and subgraph processes on five workloads, and writes bench/results/gateways-<time>.md.
// See bench/README.md, "Gateways (`npm run bench`)".
import { benchUsage, parseBenchOptions } from './runner/benchOptions.js';
import { runBenchmark } from './runner/runBenchmark.js';
import { gatewayLaunchers } from './gateways/index.js';
import { workloads } from './workloads/index.js';

try {
  const options = parseBenchOptions(process.argv.slice(2), workloads.map((workload) => workload.id));
  if (options.help) {
    console.log(benchUsage);
  } else {
    const { report, reportPath } = await runBenchmark({
      options,
      workloads,
      launchers: gatewayLaunchers,
      workloadModule: new URL('./workloads/index.ts', import.meta.url).href,
      adminUrl: process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    process.stdout.write(`${report}\n`);
    process.stderr.write(`Report written to ${reportPath}\n`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
