// Reproduces issue 26 point 5 on the smallest setup: the three subgraphs (PGlite, seed `small`) and the entry
// subgraph started as the benchmark starts them (production, JWKS over HTTP, gateway assertions), Hive Gateway
// started as gateway C, then the patient picture sent one at a time and N at once; prints every error's path and
// message. Usage: tsx bench/gateways/hivePatientbildRepro.ts [concurrency=50] [requests=400]
// Env: HIVE_LOG_LEVEL (default warn; debug logs every subgraph request), HIVE_CONFIG (default
// bench/gateways/gateways/gateway.config.ts), SAMSYN_HIVE_NO_WORKAROUND=1 (that config without the work-around for
// the bug, isolatedSubschemaWorkaround.ts: thousands of INTERNAL_SERVER_ERRORs at patient.boende.boende),
// REPRO_SEQUENTIAL (how many patients to send one at a time first; default all), REPRO_QUERIES (below).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, waitForHealth } from '../../scripts/serviceProcess.js';
import { generateWorld } from '../../subgraphs/common/seed/generateWorld.js';
import { testReferenceDate } from '../../subgraphs/common/seed/referenceDate.js';
import { freePort } from '../../test/support/freePort.js';
import { packageBin } from './gateways/packageVersion.js';
import { createBenchEnvironment } from './runner/benchEnvironment.js';
import { startPinnedProcess, type PinnedProcess } from './runner/pinnedProcess.js';
import { rewriteSupergraphUrls } from './runner/supergraphUrls.js';
import { regionVardpersonal } from './workloads/benchIdentities.js';
import { patientsAtBothHuvudman } from './workloads/benchWorld.js';
import { patientbildRequest } from './workloads/patientbild.js';
import { createTokenSigner } from './workloads/tokenSigner.js';
import { webOperation } from './workloads/webOperation.js';

const concurrency = Number(process.argv[2] ?? 50);
const total = Number(process.argv[3] ?? 400);
const temp = mkdtempSync(join(tmpdir(), 'hive-repro-'));
console.log(`temp ${temp}`);
const { productionEnv, issuerDirectory, baseEnv: benchEnv, gatewayKeyPath, close: closeEnvironment } = await createBenchEnvironment(temp);
const baseEnv: NodeJS.ProcessEnv = { ...benchEnv, SAMSYN_DATA_DIR: join(temp, 'data'), SAMSYN_SEED: 'small', SAMSYN_SEED_DATE: testReferenceDate };

const started: PinnedProcess[] = [];
const subgraphs = ['vgr', 'kommun', 'samverkan'] as const;
const ports: Record<string, number> = {};
for (const name of [...subgraphs, 'entry']) ports[name] = await freePort();
for (const subgraph of subgraphs) {
  const variable = subgraph.toUpperCase();
  started.push(
    startPinnedProcess({
      name: subgraph,
      entry: `subgraphs/${subgraph}/main.ts`,
      cpu: 1,
      env: { ...baseEnv, [`${variable}_PORT`]: String(ports[subgraph]), [`${variable}_ADMIN_PORT`]: String(await freePort()) },
      logPath: join(temp, `${subgraph}.log`),
    }),
  );
}
started.push(startPinnedProcess({ name: 'entry', entry: 'gateway/entry/main.ts', cpu: 1, env: { ...baseEnv, ENTRY_PORT: String(ports['entry']), ENTRY_ADMIN_PORT: '0' }, logPath: join(temp, 'entry.log') }));
let hive: ReturnType<typeof spawn> | undefined;
try {
  await Promise.all(started.map((service) => waitForHealth(service, `http://127.0.0.1:${ports[service.name]}/health`, 300_000)));
  const subgraphUrls = Object.fromEntries([...subgraphs, 'entry'].map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`]));
  const supergraphPath = join(temp, 'supergraph.graphql');
  writeFileSync(supergraphPath, rewriteSupergraphUrls(readFileSync(join(projectRoot, 'schema/supergraph.graphql'), 'utf8'), subgraphUrls as never));
  const port = await freePort();
  const config = process.env['HIVE_CONFIG'] ?? join(projectRoot, 'bench/gateways/gateways/gateway.config.ts');
  hive = spawn(process.execPath, [packageBin('@graphql-hive/gateway', 'hive-gateway'), 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '--fork', '1', '-c', config], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...productionEnv,
      SAMSYN_GATEWAY_KEY_FILE: gatewayKeyPath,
      SAMSYN_SUBGRAPH_AUDIENCES: JSON.stringify(Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [url, name]))),
      LOG_LEVEL: process.env['HIVE_LOG_LEVEL'] ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const hiveLog = createWriteStream(join(temp, 'hive.log'));
  hive.stdout!.pipe(hiveLog);
  hive.stderr!.pipe(hiveLog);
  const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthcheck`)).ok) break;
    } catch {}
    if (attempt > 600) throw new Error('Hive did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const world = generateWorld('small', testReferenceDate);
  const patients = patientsAtBothHuvudman(world);
  const query = webOperation('web/app/pages/patient/patientbild.graphql', 'PatientPatientbild');
  const sign = createTokenSigner(issuerDirectory);
  const requests = await Promise.all(patients.map(async (p) => ({ p, request: patientbildRequest(query, p.personnummer, await sign(regionVardpersonal(p.vardcentralHsaId, p.lakareHsaId))) })));
  console.log(`${patients.length} patients at both huvudmän; with a boende stay: ${patients.filter((p) => world.kommun.boendeVistelser.some((v) => v.personnummer === p.personnummer)).length}`);
  // REPRO_QUERIES: a file of queries separated by lines of `---`, each with $id: sent for the first patient with a stay.
  const variantsFile = process.env['REPRO_QUERIES'];
  if (variantsFile) {
    const withStay = requests.find(({ p }) => world.kommun.boendeVistelser.some((v) => v.personnummer === p.personnummer))!;
    for (const variant of readFileSync(variantsFile, 'utf8').split(/^---$/m)) {
      const headers = withStay.request.headers;
      const response = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: variant, variables: { id: withStay.p.personnummer } }) });
      console.log(`${variant.trim().replace(/\s+/g, ' ')}\n  => ${await response.text()}`);
    }
  }
  const errors = new Map<string, number>();
  let sent = 0;
  const send = async (index: number) => {
    const { p, request } = requests[index % requests.length]!;
    const response = await fetch(gatewayUrl, { method: 'POST', headers: request.headers, body: request.body });
    const json = (await response.json()) as { errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };
    sent++;
    for (const error of json.errors ?? []) {
      const key = `${error.extensions?.code} at ${(error.path ?? []).join('.')}: ${error.message}`;
      if (!errors.has(key)) console.log(`first: ${key} (patient ${p.personnummer})`);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  };
  // Sequentially first, one pass over the patients.
  const sequentialCount = Math.min(requests.length, Number(process.env['REPRO_SEQUENTIAL'] ?? requests.length));
  for (let index = 0; index < sequentialCount; index++) await send(index);
  console.log(`sequential: ${sent} requests, errors: ${JSON.stringify([...errors])}`);
  errors.clear();
  sent = 0;
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await send(next++);
  }));
  console.log(`concurrent (${concurrency}): ${sent} requests, errors: ${JSON.stringify([...errors])}`);
} finally {
  hive?.kill('SIGTERM');
  await Promise.all(started.map((service) => service.stop()));
  await closeEnvironment();
  console.log(`logs in ${temp}`);
}
