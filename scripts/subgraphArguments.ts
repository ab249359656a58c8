// Command-line helpers shared by the scripts that act on subgraph databases.
import { readSecretSetting } from '../platform/config/secretSetting.js';
import { DataDirectoryLockedError } from '../subgraphs/common/database/dataDirectoryLock.js';
import { databaseLocation, openDatabase, type Database, type DatabaseLocation } from '../subgraphs/common/database/openDatabase.js';
import { subgraphServiceNames, type SubgraphServiceName } from './samsynServices.js';

/** The subgraphs named on the command line (all three when none), or exit 2 on an unknown name. */
export function subgraphNamesFromArguments(names: readonly string[]): SubgraphServiceName[] {
  const unknown = names.filter((name) => !(subgraphServiceNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown subgraph: ${unknown.join(', ')}. Choose from ${subgraphServiceNames.join(', ')}.`);
    process.exit(2);
  }
  return (names.length > 0 ? names : subgraphServiceNames) as SubgraphServiceName[];
}

/** <NAME>_DATABASE_URL (or the file <NAME>_DATABASE_URL_FILE names) when set, else the PGlite directory under SAMSYN_DATA_DIR (.data). */
export function subgraphDatabaseLocation(name: SubgraphServiceName, env: NodeJS.ProcessEnv): DatabaseLocation {
  return databaseLocation(readSecretSetting(env, `${name.toUpperCase()}_DATABASE_URL`), name, env['SAMSYN_DATA_DIR'] ?? '.data');
}

/** Opens a subgraph's database for a script; a PGlite directory a running subgraph holds ends the script, saying so. */
export async function openSubgraphDatabase(location: DatabaseLocation): Promise<Database<unknown>> {
  try {
    return await openDatabase(location);
  } catch (error) {
    if (!(error instanceof DataDirectoryLockedError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
