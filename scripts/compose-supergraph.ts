// `npm run compose`: writes schema/supergraph.graphql; `--check` only reports
// whether the committed file is current (exit 1 when stale or not composable).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from '../gateway/supergraph/composeSupergraph.js';

const check = process.argv.includes('--check');
const result = composeSupergraph();
if (!result.ok) {
  console.error('The subgraph schemas do not compose:');
  for (const error of result.errors) console.error(`- ${error}`);
  process.exit(1);
}
const current = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';
if (check) {
  if (current !== result.supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit it.');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is current.');
} else {
  writeFileSync(supergraphPath, result.supergraphSdl);
  console.log(`wrote ${supergraphPath}`);
}
