// The entry points `npm run build` compiles (tsconfig.build.json), as the
// image names them: `dist/subgraphs/vgr/main.js` for `subgraphs/vgr/main.ts`.
import { readFileSync } from 'node:fs';

export function builtEntries(): Set<string> {
  const config = JSON.parse(readFileSync(new URL('../../tsconfig.build.json', import.meta.url), 'utf8')) as { files: string[] };
  return new Set(config.files.filter((file) => !file.endsWith('.d.ts')).map((file) => `dist/${file.replace(/\.ts$/, '.js')}`));
}
