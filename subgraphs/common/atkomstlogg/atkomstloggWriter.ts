// Writes the access-log rows of concurrent requests together. While one INSERT is in flight, the rows of the
// requests that finish meanwhile wait and go into the next statement, so a busy subgraph commits (and takes the
// chain's lock) once per batch instead of once per request. Every request still waits until its own rows are
// committed before its answer leaves (atkomstloggPlugin.ts); a batch that fails is retried request by request, so
// one request's bad row never withholds another's answer.
import { sql, type Kysely } from 'kysely';
import type { AtkomstloggDatabase, AtkomstloggTable } from './atkomstloggTable.js';

export type AtkomstloggRow = Omit<AtkomstloggTable, 'lopnummer' | 'tid' | 'foregaende_hash' | 'hash'>;

export type InsertRows = (rows: readonly AtkomstloggRow[]) => Promise<void>;

interface Waiting {
  rows: readonly AtkomstloggRow[];
  resolve(): void;
  reject(error: unknown): void;
}

export interface AtkomstloggWriter {
  /** Resolves once `rows` are committed. */
  write(rows: readonly AtkomstloggRow[]): Promise<void>;
}

/** Rows per statement at most (a batch of many 500-patient pages waits for the next statement). */
const maximumRowsPerStatement = 5_000;

export function createAtkomstloggWriter(insert: InsertRows): AtkomstloggWriter {
  const queue: Waiting[] = [];
  let writing = false;

  const takeBatch = (): Waiting[] => {
    const batch: Waiting[] = [];
    let rows = 0;
    while (queue.length > 0 && (batch.length === 0 || rows + queue[0]!.rows.length <= maximumRowsPerStatement)) {
      const next = queue.shift()!;
      rows += next.rows.length;
      batch.push(next);
    }
    return batch;
  };

  const writeBatch = async (batch: Waiting[]): Promise<void> => {
    try {
      await insert(batch.flatMap((waiting) => waiting.rows));
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const waiting of batch) {
        await insert(waiting.rows).then(waiting.resolve, waiting.reject);
      }
    }
  };

  const drain = async (): Promise<void> => {
    writing = true;
    try {
      while (queue.length > 0) await writeBatch(takeBatch());
    } finally {
      writing = false;
    }
  };

  return {
    write(rows) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ rows, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}

/** The rows as one INSERT: one array per column rather than one parameter per value (14 parameters for 500 rows, not 7,000). */
export function insertAtkomstloggRows(db: Kysely<any>): InsertRows {
  return async (rows) => {
    const column = <Key extends keyof AtkomstloggRow>(key: Key) => rows.map((row) => row[key]);
    await sql`
      INSERT INTO atkomstlogg (request_id, operation, anvandare, organisation_hsa_id, anvandarens_huvudman, roller, patient,
                               data_huvudman, informationskategorier, atgard, grund, nodatkomst_anledning, resultat, granskas_sarskilt)
      SELECT * FROM unnest(
        ${column('request_id')}::text[], ${column('operation')}::text[], ${column('anvandare')}::text[],
        ${column('organisation_hsa_id')}::text[], ${column('anvandarens_huvudman')}::text[], ${column('roller')}::text[],
        ${column('patient')}::text[], ${column('data_huvudman')}::text[], ${column('informationskategorier')}::text[],
        ${column('atgard')}::text[], ${column('grund')}::text[], ${column('nodatkomst_anledning')}::text[],
        ${column('resultat')}::text[], ${column('granskas_sarskilt')}::boolean[])
    `.execute(db as Kysely<AtkomstloggDatabase>);
  };
}

const writers = new WeakMap<Kysely<any>, AtkomstloggWriter>();

/**
 * How a request's rows are written on `db`: batched with other requests' on the database itself, directly inside
 * a transaction (a mutation's rows belong to its transaction, never to a batch of others).
 */
export function writeAtkomstloggRows(db: Kysely<any>, rows: readonly AtkomstloggRow[]): Promise<void> {
  if (db.isTransaction) return insertAtkomstloggRows(db)(rows);
  let writer = writers.get(db);
  if (!writer) {
    writer = createAtkomstloggWriter(insertAtkomstloggRows(db));
    writers.set(db, writer);
  }
  return writer.write(rows);
}
