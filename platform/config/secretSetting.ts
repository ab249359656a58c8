// A secret setting given either as the variable itself or, the container way,
// as NAME_FILE naming a file that holds it (Docker and Kubernetes secrets are
// mounted as files, which keeps them out of `docker inspect` and the environment).
import { ConfigurationError, readNamedFile } from './environment.js';
import { optionalTextVariable, readConfiguration, type VariableShape } from './variables.js';

function fileVariableOf(name: string): string {
  return `${name}_FILE`;
}

/** The two variables of secret `name`: NAME and NAME_FILE. */
export function secretVariables(name: string): VariableShape {
  return { [name]: optionalTextVariable(), [fileVariableOf(name)]: optionalTextVariable() };
}

/** NAME's value, else the content of the file NAME_FILE names (without its final line break), else undefined. */
export function secretFrom(values: Record<string, unknown>, name: string): string | undefined {
  const fileVariable = fileVariableOf(name);
  const value = values[name] as string | undefined;
  const path = values[fileVariable] as string | undefined;
  if (value && path) throw new ConfigurationError(`set ${name} or ${fileVariable}, not both`, [name, fileVariable]);
  if (value) return value;
  if (!path) return undefined;
  const content = readNamedFile(fileVariable, path).replace(/\r?\n$/, '');
  if (content === '') throw new ConfigurationError(`${fileVariable} names "${path}", which is empty`, [fileVariable]);
  return content;
}

/** For scripts that need one secret: reads just its two variables. */
export function readSecretSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return secretFrom(readConfiguration(secretVariables(name), env), name);
}
