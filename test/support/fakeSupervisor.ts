// A supervisor process for tests of what happens when it is signalled or
// killed: supervises one fake service (fakeService.ts) on PORT and prints
// `{"pid": …}` with the service's process id once it is healthy.
import { ServiceSupervisor } from '../../scripts/serviceSupervisor.js';

const supervisor = new ServiceSupervisor({ log: (line) => console.error(line) });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void supervisor.stop().then(() => process.exit(0)));
}
const port = process.env['PORT'];
await supervisor.startGroup([{ name: 'fake', entry: 'test/support/fakeService.ts', env: { ...process.env, PORT: port }, healthUrl: `http://127.0.0.1:${port}/health/ready`, onOutput: () => {} }]);
console.log(JSON.stringify({ pid: supervisor.services()[0]?.pid }));
