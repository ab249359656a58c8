// Reads one named operation from the web application's .graphql files, so a
// workload sends exactly what the page sends (and follows it when the page changes).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operationFromDocument } from './graphqlRequest.js';

/** `path` relative to the repository root, e.g. `web/app/pages/patient/patientbild.graphql`. */
export function webOperation(path: string, operationName: string): string {
  const source = readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
  return operationFromDocument(source, operationName);
}
