// The benchmark's three databases on the PostgreSQL server: created empty (the
// subgraphs seed `vg` on their first start), or reused with --reuse; dropped at the end.
import pg from 'pg';

export type BenchSubgraph = 'vgr' | 'kommun' | 'samverkan';

export const benchSubgraphs: BenchSubgraph[] = ['vgr', 'kommun', 'samverkan'];

export function benchDatabaseName(subgraph: BenchSubgraph): string {
  return `samsyn_bench_${subgraph}`;
}

/** The URL of a database on the same server as the maintenance URL. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** Creates the databases; without reuse an existing one is dropped first, so the run starts from a fresh seed. */
export async function prepareBenchDatabases(adminUrl: string, reuse: boolean): Promise<{ reused: string[] }> {
  return withAdmin(adminUrl, async (client) => {
    const reused: string[] = [];
    for (const subgraph of benchSubgraphs) {
      const name = benchDatabaseName(subgraph);
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount && reuse) {
        reused.push(name);
        continue;
      }
      if (rowCount) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    }
    return { reused };
  });
}

export async function dropBenchDatabases(adminUrl: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    for (const subgraph of benchSubgraphs) await client.query(`DROP DATABASE IF EXISTS ${benchDatabaseName(subgraph)} WITH (FORCE)`);
  });
}

export async function postgresVersion(adminUrl: string): Promise<string> {
  return withAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${rows[0]!.server_version}`;
  });
}

/**
 * Writes out every page the runs so far have dirtied (CHECKPOINT is cluster-wide). Before each run, so that no run
 * pays for the previous one's writes. On the patient page (500 access-log rows per subgraph and request), in rounds
 * alternating A and B, A made 15–20 requests/s without it and 25–28 with it (B 10–13 and 13–14; A/B 1.42 and 2.01);
 * A alone, without it, made 26–28.
 */
export async function checkpointBenchDatabases(adminUrl: string): Promise<void> {
  await withAdmin(adminUrl, (client) => client.query('CHECKPOINT').then(() => undefined));
}

/**
 * Brings freshly seeded databases to the steady state a service in use is in: VACUUM sets the visibility map
 * and hint bits the first reads would otherwise write (dirtying every page they touch), ANALYZE refreshes the
 * statistics, and CHECKPOINT flushes the seed's writes. Without it, autovacuum and the first reads of the
 * seed ran during round 1 (A/B 1.0 there against 1.34 in round 2 on the patient picture).
 */
export async function settleBenchDatabases(adminUrl: string): Promise<void> {
  for (const subgraph of benchSubgraphs) {
    const client = new pg.Client({ connectionString: databaseUrl(adminUrl, benchDatabaseName(subgraph)) });
    await client.connect();
    try {
      await client.query('VACUUM (ANALYZE)');
    } finally {
      await client.end();
    }
  }
  await checkpointBenchDatabases(adminUrl);
}
