// A setting that cannot work: the start stops and says which variables to fix.
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
  readonly code = 'CONFIGURATION_INVALID';

  /** `variables` names the settings at fault, when the problem lies in particular ones. */
  constructor(message: string, readonly variables: readonly string[] = []) {
    super(message);
  }
}
