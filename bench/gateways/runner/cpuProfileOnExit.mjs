// Loaded with `--import` by `npm run bench:servicetid -- --profile DIR` into every service: samples the CPU
// from the start and writes DIR/<entry>-<pid>.cpuprofile when the service is asked to stop (SIGTERM/SIGINT).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const directory = process.env.CPU_PROFILE_DIR;
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: Number(process.env.CPU_PROFILE_INTERVAL_US ?? 250) });
session.post('Profiler.start');

function writeProfile() {
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const name = (process.argv[1] ?? 'node').split('/').slice(-2).join('_');
    writeFileSync(`${directory}/${name}-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
  });
}
process.prependOnceListener('SIGTERM', writeProfile);
process.prependOnceListener('SIGINT', writeProfile);
