// The image as the issue requires it: built in stages, production dependencies
// only at run time, a non-root user, tini as PID 1, a health check, and the
// same Node.js major as package.json's engines and the Node running these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtEntries } from './builtEntries.js';
import { dockerfileStages, enginesMajor, nodeImageMajor } from './dockerfileStages.js';

const root = new URL('../../', import.meta.url);
const stages = dockerfileStages(readFileSync(new URL('Dockerfile', root), 'utf8'));
const runtime = stages.at(-1)!;
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
const arguments_ = (keyword: string) => runtime.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.arguments);

describe('the Dockerfile', () => {
  it('builds in stages on the Node.js major of package.json engines, the one these tests run on', () => {
    const major = enginesMajor(packageJson.engines.node);
    expect(major).toBeDefined();
    expect(Number(process.versions.node.split('.')[0])).toBe(major);
    // The dev dependency `node` that npm scripts (and so CI) run on is of that major too.
    expect(packageJson.devDependencies['node']?.split('.')[0]).toBe(String(major));
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(nodeImageMajor(stage.image), stage.image).toBe(major);
  });

  it('compiles in a build stage and installs production dependencies only for the runtime', () => {
    const run = (stage: (typeof stages)[number]) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.arguments);
    expect(stages.some((stage) => run(stage).some((command) => command.includes('npm run build')))).toBe(true);
    const production = stages.find((stage) => run(stage).some((command) => /npm ci\b.*--omit=dev/.test(command)));
    expect(production?.name).toBeDefined();
    expect(arguments_('COPY')).toContain(`--from=${production!.name} /app/node_modules ./node_modules`);
  });

  it('gives the runtime only package.json, production node_modules and dist/, no sources', () => {
    for (const copy of arguments_('COPY')) expect(copy).toMatch(/^(package\.json \.\/|--from=\S+ \/app\/(node_modules|dist) \.\/(node_modules|dist))$/);
    expect(arguments_('RUN').join(' ')).not.toMatch(/npm (ci|install)/);
  });

  it('runs as a non-root user, node directly under tini, with a health check', () => {
    const [user] = arguments_('USER');
    expect(user).toBeDefined();
    expect(user!.split(':')[0]).not.toMatch(/^(root|0)$/);
    expect(JSON.parse(arguments_('ENTRYPOINT')[0]!)).toEqual(['/usr/bin/tini', '--']);
    expect(arguments_('RUN').join(' ')).toMatch(/apt-get install .*\btini\b/);
    const command = JSON.parse(arguments_('CMD')[0]!) as string[];
    expect(command[0]).toBe('node');
    expect(builtEntries().has(command[1]!)).toBe(true);
    const [healthcheck] = arguments_('HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD \["node", "dist\/scripts\/healthcheck\.js"\]$/);
    expect(builtEntries().has('dist/scripts/healthcheck.js')).toBe(true);
  });

  it('leaves dependencies, build output, local data and secrets out of the build context', () => {
    const ignored = readFileSync(new URL('.dockerignore', root), 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', '.data', 'secrets', '.git']) expect(ignored).toContain(entry);
  });
});
