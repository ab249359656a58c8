// `npm run bench:faults`: issue 22's finding 2 as a measurement. Samsyn on the local PostgreSQL server (fresh
// databases), `--writers` clients reporting avvikelser through the gateway, and the server itself stopped with
// `pg_ctlcluster … stop -m immediate` for `--away` seconds, then started. Reports what the clients got while it was
// away, how soon writes were stored again, whether any process ended, and whether every acknowledged report is
// still there; writes bench/results/faults-<time>.md. It restarts this machine's PostgreSQL cluster: run it alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../scripts/serviceProcess.js';
import { avvikelseRapportInput } from '../../subgraphs/samverkan/testing/avvikelseRapportInput.js';
import { SamsynUnderTest } from '../../test/support/samsynUnderTest.js';
import { describeMachine } from '../gateways/runner/machineInfo.js';
import { median } from '../gateways/runner/statistics.js';

const { values } = parseArgs({ options: { writers: { type: 'string', default: '10' }, away: { type: 'string', default: '5' } } });
const writers = Number(values.writers);
const awayMs = Number(values.away) * 1000;
const report = 'mutation Rapportera($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad avvikelse { id } } }';
const cluster = readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b)).at(-1)!;
const pgCluster = (...args: string[]) => execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', ...args]);
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

interface Outcome {
  klientnyckel: string;
  sentAt: number;
  milliseconds: number;
  avvikelseId: string | null;
  codes: string[];
}

const samsyn = await SamsynUnderTest.start('postgres');
try {
  const token = await samsyn.token({ huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000001' });
  const send = async (klientnyckel: string): Promise<Outcome> => {
    const sentAt = performance.now();
    const answer = await samsyn.query(report, { input: avvikelseRapportInput(klientnyckel, 'Ordination saknades vid hemgång.') }, { token });
    const payload = answer.data?.['rapporteraAvvikelse'];
    const codes = (answer.errors ?? []).map((error) => String(error.extensions?.['code']));
    return { klientnyckel, sentAt, milliseconds: performance.now() - sentAt, avvikelseId: payload?.redanRapporterad === false ? payload.avvikelse.id : null, codes };
  };
  const outcomes: Outcome[] = [];
  let sent = 0;
  let running = true;
  const clients = Array.from({ length: writers }, async () => {
    while (running) outcomes.push(await send(`bench-faults-${(sent += 1)}`));
  });
  await pause(4000);
  pgCluster('stop', '-m', 'immediate');
  const stoppedAt = performance.now();
  await pause(awayMs);
  pgCluster('start');
  const startedAt = performance.now();
  await pause(10_000);
  running = false;
  await Promise.all(clients);

  const acknowledged = outcomes.filter((outcome) => outcome.avvikelseId !== null);
  const whileAway = outcomes.filter((outcome) => outcome.avvikelseId === null && outcome.sentAt >= stoppedAt && outcome.sentAt + outcome.milliseconds <= startedAt);
  const firstStored = acknowledged.filter((outcome) => outcome.sentAt >= startedAt).sort((a, b) => a.sentAt - b.sentAt)[0];
  const codes = new Map<string, number>();
  for (const outcome of outcomes.filter((each) => each.avvikelseId === null)) for (const code of outcome.codes.length > 0 ? outcome.codes : ['(no error, not stored)']) codes.set(code, (codes.get(code) ?? 0) + 1);
  let missing = 0;
  for (const outcome of acknowledged) if ((await send(outcome.klientnyckel)).codes.length > 0) missing += 1;
  const ended = samsyn.ended();

  const awayMilliseconds = whileAway.map((outcome) => outcome.milliseconds);
  const machine = describeMachine('');
  const lines = [
    '# Database restart under writes (issue 22, finding 2)',
    '',
    `Commit ${machine.commit}. Samsyn on PostgreSQL ${cluster}; ${writers} clients sending rapporteraAvvikelse through the gateway; the server stopped (\`-m immediate\`) for ${awayMs / 1000} s, then started.`,
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| requests | ${outcomes.length} |`,
    `| acknowledged as stored | ${acknowledged.length} |`,
    `| failed, by code | ${[...codes].map(([code, count]) => `${code} ${count}`).join(', ') || '–'} |`,
    `| answered while the server was away | ${whileAway.length} |`,
    `| their time, median / max ms | ${Math.round(median(awayMilliseconds) || 0)} / ${Math.round(Math.max(0, ...awayMilliseconds))} |`,
    `| first report stored after the server started, ms | ${firstStored ? Math.round(firstStored.sentAt + firstStored.milliseconds - startedAt) : 'none'} |`,
    `| acknowledged reports missing afterwards | ${missing} |`,
    `| processes that ended | ${Object.keys(ended).length === 0 ? 'none' : JSON.stringify(ended)} |`,
    '',
  ];
  const resultsDirectory = join(projectRoot, 'bench', 'results');
  mkdirSync(resultsDirectory, { recursive: true });
  const file = join(resultsDirectory, `faults-${new Date().toISOString().slice(0, 16).replace(/:/g, '')}Z.md`);
  writeFileSync(file, lines.join('\n'));
  console.log(lines.join('\n'));
  console.log(`Report written to ${file}`);
  if (missing > 0 || Object.keys(ended).length > 0 || [...codes.keys()].some((code) => code !== 'DATABASE_UNAVAILABLE')) process.exitCode = 1;
} finally {
  if (!pgReady()) pgCluster('start');
  await samsyn.stop();
}

function pgReady(): boolean {
  try {
    execFileSync('pg_isready', ['-h', '127.0.0.1', '-q']);
    return true;
  } catch {
    return false;
  }
}
