import { SpanStatusCode, trace } from '@opentelemetry/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database/openDatabase.js';
import { startInMemoryTracing, type InMemoryTracing } from '../../../platform/testing/inMemoryTracing.js';
import { statementOperation } from './databaseSpan.js';

interface Schema {
  patient: { personnummer: string };
}

let tracing: InMemoryTracing;
let database: Database<Schema>;

beforeAll(async () => {
  tracing = startInMemoryTracing();
  database = await openDatabase<Schema>({ kind: 'pglite', dataDir: 'memory://' });
  await database.runScript(`CREATE TABLE patient (personnummer text PRIMARY KEY); INSERT INTO patient VALUES ('191212121212');`);
}, 60_000);

afterAll(async () => {
  await database?.close();
  await tracing?.stop();
});

describe('PGlite statement spans', () => {
  it('gives each statement under a request a child span with its text, never the parameter values', async () => {
    tracing.exporter.reset();
    const tracer = trace.getTracer('test');
    const requestSpan = await tracer.startActiveSpan('request', async (span) => {
      await database.db.selectFrom('patient').selectAll().where('personnummer', '=', '191212121212').execute();
      span.end();
      return span;
    });
    const statement = tracing.exporter.getFinishedSpans().find((span) => span.name === 'pglite.query:SELECT');
    expect(statement).toBeDefined();
    expect(statement!.spanContext().traceId).toBe(requestSpan.spanContext().traceId);
    expect(statement!.parentSpanContext?.spanId).toBe(requestSpan.spanContext().spanId);
    expect(statement!.attributes).toMatchObject({ 'db.system.name': 'postgresql', 'db.operation.name': 'SELECT' });
    expect(statement!.attributes['db.query.text']).toContain('$1');
    expect(JSON.stringify(statement!.attributes)).not.toContain('191212121212');
  });

  it('makes no span outside a request (a seed or migration)', async () => {
    tracing.exporter.reset();
    await sql`SELECT 1`.execute(database.db);
    expect(tracing.exporter.getFinishedSpans()).toEqual([]);
  });

  it('marks a failed statement as an error', async () => {
    tracing.exporter.reset();
    await trace.getTracer('test').startActiveSpan('request', async (span) => {
      await expect(sql`SELECT * FROM missing_table`.execute(database.db)).rejects.toThrow();
      span.end();
    });
    const statement = tracing.exporter.getFinishedSpans().find((span) => span.name.startsWith('pglite.query'));
    expect(statement?.status.code).toBe(SpanStatusCode.ERROR);
  });
});

describe('statementOperation', () => {
  it('is the first word of the statement', () => {
    expect(statementOperation('  select * from x')).toBe('SELECT');
    expect(statementOperation('(SELECT 1) UNION (SELECT 2)')).toBe('SELECT');
    expect(statementOperation('insert into x values ($1)')).toBe('INSERT');
    expect(statementOperation('')).toBe('QUERY');
  });
});
