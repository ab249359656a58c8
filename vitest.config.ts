// Unit tests sit beside their code and run two files at a time; end-to-end tests (real processes, real databases,
// files named *.e2e.test.ts) run afterwards, one file at a time on this 2-core machine.
import { defineConfig } from 'vitest/config';

const endToEnd = '**/*.e2e.test.ts';
const ignored = ['node_modules/**', '.data/**', '.tmp/**', 'dist/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', pool: 'threads', maxWorkers: 2, include: ['**/*.test.ts'], exclude: [...ignored, endToEnd], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'e2e', include: [endToEnd], exclude: ignored, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
