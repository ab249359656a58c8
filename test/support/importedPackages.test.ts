import { describe, expect, it } from 'vitest';
import { importedPackages } from './importedPackages.js';

describe('importedPackages', () => {
  it('finds static, type-only, side-effect, dynamic and createRequire imports, by package', () => {
    const source = [
      "import { ApolloServer } from '@apollo/server';",
      "import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';",
      "import pg from 'pg';",
      "export { sql } from 'kysely';",
      "import 'dataloader';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { helper } from './helper.js';",
      "const pglite = await import('@electric-sql/pglite');",
      "const { printSchema } = createRequire(import.meta.url)('graphql');",
      "const shaping = require('@apollo/gateway/dist/resultShaping.js');",
    ].join('\n');
    expect(importedPackages(source)).toEqual(['@apollo/gateway', '@apollo/server', '@apollo/subgraph', '@electric-sql/pglite', 'dataloader', 'graphql', 'kysely', 'pg']);
  });

  it('ignores strings that only look like imports', () => {
    const source = [
      'const message = `the value from "input.rapporterandeHuvudman" is wrong`;',
      "export const writeNaromrade = { roles: ['vardpersonal'] };",
      "log.info('started', { from: 'kommun' });",
    ].join('\n');
    expect(importedPackages(source)).toEqual([]);
  });
});
