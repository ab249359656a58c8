// Loaded with `--import` by `npm run bench:servicetid -- --profile DIR` into every service: samples the CPU
// from the start and writes DIR/<entry>-<pid>.cpuprofile when the service is asked to stop (SIGTERM/SIGINT).
// CPU_PROFILE_ONLY=<part of the entry path> samples only the matching processes: in `npm run bench`, the others'
// sampling alone keeps the machine from ever looking quiet.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const directory = process.env.CPU_PROFILE_DIR;
const only = process.env.CPU_PROFILE_ONLY;
const entry = process.argv[1] ?? 'node';

if (!only || entry.includes(only)) startProfiling();

function startProfiling() {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: Number(process.env.CPU_PROFILE_INTERVAL_US ?? 250) });
  session.post('Profiler.start');

  const writeProfile = () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const name = entry.split('/').slice(-2).join('_');
      writeFileSync(`${directory}/${name}-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  };
  process.prependOnceListener('SIGTERM', writeProfile);
  process.prependOnceListener('SIGINT', writeProfile);
}
