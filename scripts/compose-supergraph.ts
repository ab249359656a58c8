// `npm run compose`: writes schema/supergraph.graphql and the client-facing
// schema/api.graphql; `--check` only reports whether the committed files are
// current (exit 1 when stale or not composable).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiSchemaPath, composeSupergraph, supergraphPath } from '../gateway/supergraph/composeSupergraph.js';

const check = process.argv.includes('--check');
const result = composeSupergraph();
if (!result.ok) {
  console.error('The subgraph schemas do not compose:');
  for (const error of result.errors) console.error(`- ${error}`);
  process.exit(1);
}
const outputs = [
  { path: supergraphPath, content: result.supergraphSdl },
  { path: apiSchemaPath, content: result.apiSchemaSdl },
];
for (const { path, content } of outputs) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (check) {
    if (current !== content) {
      console.error(`${path} is stale: run \`npm run compose\` and commit it.`);
      process.exitCode = 1;
    } else console.log(`${path} is current.`);
  } else {
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
}
