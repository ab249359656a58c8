// A secret setting given either as the variable itself or, the container way,
// as NAME_FILE naming a file that holds it (Docker and Kubernetes secrets are
// mounted as files, which keeps them out of `docker inspect` and the environment).
import { ConfigurationError, readNamedFile } from './environment.js';

/** NAME's value, else the content of the file NAME_FILE names (without its final line break), else undefined. */
export function readSecretSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const fileVariable = `${name}_FILE`;
  const value = env[name];
  const path = env[fileVariable];
  if (value && path) throw new ConfigurationError(`set ${name} or ${fileVariable}, not both`);
  if (value) return value;
  if (!path) return undefined;
  const content = readNamedFile(fileVariable, path).replace(/\r?\n$/, '');
  if (content === '') throw new ConfigurationError(`${fileVariable} names "${path}", which is empty`);
  return content;
}
