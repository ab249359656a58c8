// Builds the web application into web/dist with esbuild: two pages (the
// application, and the API explorer with GraphiQL), every dependency bundled
// from node_modules, nothing fetched at run time.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const webRoot = fileURLToPath(new URL('../', import.meta.url));

export interface WebBuildResult {
  distDirectory: string;
  /** Output file → bytes. */
  outputs: Record<string, number>;
  milliseconds: number;
}

export async function buildWeb(options: { distDirectory?: string; minify?: boolean } = {}): Promise<WebBuildResult> {
  const started = Date.now();
  const distDirectory = options.distDirectory ?? `${webRoot}dist/`;
  rmSync(distDirectory, { recursive: true, force: true });
  mkdirSync(`${distDirectory}assets`, { recursive: true });
  const result = await build({
    absWorkingDir: webRoot,
    entryPoints: { app: 'app/main.tsx', utforskare: 'app/pages/utforskare/utforskareMain.tsx' },
    outdir: `${distDirectory}assets`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    minify: options.minify ?? true,
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    tsconfig: `${webRoot}tsconfig.json`,
    loader: { '.graphql': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const page of ['index.html', 'utforskare.html']) copyFileSync(`${webRoot}app/${page}`, `${distDirectory}${page}`);
  const outputs: Record<string, number> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.map')) outputs[file.slice(file.lastIndexOf('/') + 1)] = output.bytes;
  }
  return { distDirectory, outputs, milliseconds: Date.now() - started };
}
