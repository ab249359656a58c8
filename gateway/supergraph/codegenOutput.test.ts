// The generated resolver types are committed; this fails when a schema change
// was committed without `npm run codegen`.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { projectRoot } from './composeSupergraph.js';

describe('generated resolver types', () => {
  it('match what codegen makes from schema/*.graphql (run `npm run codegen` when this fails)', async () => {
    const outputs = await generate({ ...config, cwd: projectRoot, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(config.generates).length);
    for (const output of outputs) {
      expect(readFileSync(`${projectRoot}${output.filename}`, 'utf8'), output.filename).toBe(output.content);
    }
  }, 60_000);
});
