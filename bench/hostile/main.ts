// `npm run bench:hostile`: sends every request of issue 21's hostile corpus (test/support/hostileCorpus.ts) to a
// running Samsyn (all services, seeded, on PGlite or with `--postgres` on the real server) while an innocent client
// sends `{ kommuner { kod } }` every 50 ms, and reports for each request its refusal time, the innocent client's
// longest wait and every process's peak memory; writes bench/results/hostile-<time>.md. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { exportJWK, generateKeyPair } from 'jose';
import { projectRoot } from '../../scripts/serviceProcess.js';
import { createGatewayAssertionSigner } from '../../platform/gatewayTrust/gatewayAssertion.js';
import { hostileCorpus, nosamRegionen, sendHostile, type HostileEnvironment } from '../../test/support/hostileCorpus.js';
import { SamsynUnderTest } from '../../test/support/samsynUnderTest.js';
import { describeMachine } from '../gateways/runner/machineInfo.js';
import { median } from '../gateways/runner/statistics.js';
import { readPeakRssBytes } from '../gateways/runner/procSnapshot.js';
import { startCheapQueryProbe, type CheapQueryProbe } from './cheapQueryProbe.js';
import { hostileReport, rowPasses, type HostileRow } from './hostileReport.js';
import { startRssSampler } from './rssSampler.js';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' }, postgres: { type: 'boolean', default: false }, only: { type: 'string' } } });
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error('--repeat must be a whole number of at least 1.');
  process.exit(2);
}
/** After the last answer, how long the innocent client's waits still count (a stall may outlast the refusal). */
const settleMs = 300;

console.error(`Starting Samsyn on ${values.postgres ? 'the PostgreSQL server' : 'PGlite'} …`);
const samsyn = await SamsynUnderTest.start(values.postgres ? 'postgres' : 'pglite');
let probe: CheapQueryProbe | undefined;
try {
  await samsyn.startWeb();
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const forger = await createGatewayAssertionSigner({ ...(await exportJWK(privateKey)), kid: 'not-the-gateway' });
  const environment: HostileEnvironment = {
    url: (target, path) => `http://127.0.0.1:${samsyn.ports[target]}${path}`,
    token: (caller) => samsyn.token(caller),
    gatewayHeaders: (subgraph, body, headers) => samsyn.gatewayHeaders(subgraph, body, headers),
    forgedAssertion: (subgraph) => forger({ audience: subgraph, requestIds: ['3f0c9a52-6a4e-4b53-a8b8-2d0f1c3e9b11'], body: '{}', headers: {} }),
  };
  const pids = samsyn.pids();
  const sampler = startRssSampler(Object.fromEntries(Object.entries(pids).filter(([name]) => name !== 'web')));
  probe = startCheapQueryProbe(samsyn.gatewayUrl, await samsyn.token(nosamRegionen));
  const probeSamples = probe.samples;
  const waitsBetween = (from: number, to: number) => probeSamples.filter((sample) => sample.sentAt + sample.milliseconds >= from && sample.sentAt <= to);

  // The cheap query alone first: what it costs with nothing hostile going on.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const baselineWaits = probeSamples.map((sample) => sample.milliseconds);
  const baseline = { p50Ms: median(baselineWaits), worstMs: Math.max(...baselineWaits) };
  sampler.takePeaks();

  const rows: HostileRow[] = [];
  for (const request of hostileCorpus.filter((entry) => !values.only || entry.name.includes(values.only))) {
    // Once unmeasured, as any benchmark warms up: a request that passes the limits is planned and compiled on first sight.
    await sendHostile(request, environment);
    const windowStart = performance.now();
    const got: string[] = [];
    const refusalMs: number[] = [];
    for (let attempt = 0; attempt < repeat; attempt += 1) {
      const answer = await sendHostile(request, environment);
      got.push(`${answer.status} ${answer.code ?? '-'}`);
      refusalMs.push(answer.milliseconds);
    }
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const waits = waitsBetween(windowStart, performance.now());
    const row: HostileRow = {
      name: request.name,
      finding: request.finding,
      target: request.target,
      expected: `${request.expect.status} ${request.expect.code}`,
      got,
      refusalMs,
      cheapQueryWorstMs: Math.max(0, ...waits.map((sample) => sample.milliseconds)),
      cheapQueryFailures: waits.filter((sample) => !sample.ok).length,
      peakRssBytes: sampler.takePeaks(),
    };
    rows.push(row);
    console.error(`${rowPasses(row) ? 'pass' : 'FAIL'}  ${request.name}: ${[...new Set(got)].join(', ')}, ${Math.max(...refusalMs).toFixed(1)} ms, cheap query ≤ ${row.cheapQueryWorstMs.toFixed(0)} ms`);
  }
  await probe.stop();
  probe = undefined;
  sampler.stop();

  const ended = samsyn.ended();
  const finalPeakRssBytes = Object.fromEntries(Object.entries(pids).flatMap(([name, pid]) => (name in ended ? [] : [[name, readPeakRssBytes(pid)]])));
  const report = hostileReport({
    commit: describeMachine('').commit,
    database: values.postgres ? 'PostgreSQL server' : 'PGlite',
    repeat,
    baseline,
    rows,
    ended,
    finalPeakRssBytes,
  });
  const directory = join(projectRoot, 'bench/results');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `hostile-${new Date().toISOString().replace(/[:.]/g, '').slice(0, 15)}Z.md`);
  writeFileSync(path, `${report}\n`);
  process.stdout.write(`${report}\n`);
  console.error(`Report written to ${path}`);
  if (rows.some((row) => !rowPasses(row)) || Object.keys(ended).length > 0) process.exitCode = 1;
} finally {
  await probe?.stop();
  await samsyn.stop();
}
