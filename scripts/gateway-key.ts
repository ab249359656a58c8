// `npm run gateway-key -- --out DIR`: makes the gateway's key pair for a deployment (`npm start` makes its own
// in .data/gateway-key/): DIR/private-key.jwk.json for the gateway alone (SAMSYN_GATEWAY_KEY_FILE) and
// DIR/jwks.json for every subgraph (SAMSYN_GATEWAY_JWKS_FILE). An existing pair is kept, never overwritten.
import { parseArgs } from 'node:util';
import { ensureKeyPairFiles } from '../platform/auth/keyPairFiles.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Name the folder for the key pair: npm run gateway-key -- --out ./secrets/gateway-key');
  process.exit(2);
}
const files = await ensureKeyPairFiles(values.out, 'EdDSA', 'samsyn-gateway');
console.log(`The gateway's private key: ${files.privateKeyPath} (SAMSYN_GATEWAY_KEY_FILE, for the gateway alone)`);
console.log(`Its public key set:        ${files.jwksPath} (SAMSYN_GATEWAY_JWKS_FILE, for every subgraph)`);
