// Loader queries built and compiled once, then run many times with new values.
// A loader's statement text never changes (`= ANY($1)` for a whole batch), yet
// building and compiling it with Kysely cost more CPU than anything else a
// subgraph does for a patient picture (a fifth of the kommun subgraph's time in
// `npm run bench:servicetid -- --profile`).
import type { CompiledQuery, Kysely } from 'kysely';
import { optimisationOn } from '../../../platform/optimisations/optimisations.js';

/** What a reusable query's builder returns: a query builder, or a `sql` template (compiled against `db`). */
export interface CompilableQuery<Row> {
  compile(db: Kysely<any>): CompiledQuery<Row>;
}

/**
 * Runs `build`'s query with `args`, compiling it only on its first run for each database. `build` must use
 * every argument as a value only (a parameter of the statement), never to choose the statement's shape:
 * it is called once with stand-ins for the arguments and the statement text is reused for every run.
 * Outside production every run builds the query as well and fails loudly when the two differ, so a builder
 * that breaks the rule fails in the tests of its loader.
 */
let verifying = true;

/** Whether each run is also built and compared (on by default; a production start turns it off). */
export function verifyReusableQueries(on: boolean): void {
  verifying = on;
}

export function reusableQuery<Database, Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => CompilableQuery<Row>,
): (db: Kysely<Database>, ...args: Args) => Promise<Row[]> {
  const templates = new WeakMap<Kysely<Database>, Template<Row>>();
  return async (db, ...args) => {
    if (!optimisationOn('reusable-queries')) return (await db.executeQuery(build(db, ...args).compile(db))).rows;
    let template = templates.get(db);
    if (!template) {
      template = compileTemplate(build, db, args.length);
      templates.set(db, template);
    }
    const compiled = fillTemplate(template, args);
    if (verifying) assertSameQuery(compiled, build(db, ...args).compile(db));
    return (await db.executeQuery(compiled)).rows;
  };
}

/** A compiled query whose parameters at `slots` are the run's arguments. */
interface Template<Row> {
  compiled: CompiledQuery<Row>;
  /** For each parameter of the statement: the index of the argument it takes, or -1 for a constant. */
  slots: number[];
}

/** Stands for one argument while the template is built: an object no real argument can be. */
class Placeholder {
  constructor(readonly argumentIndex: number) {}
}

function compileTemplate<Database, Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => CompilableQuery<Row>,
  db: Kysely<Database>,
  argumentCount: number,
): Template<Row> {
  const placeholders = Array.from({ length: argumentCount }, (_, index) => new Placeholder(index));
  const compiled = build(db, ...(placeholders as unknown as Args)).compile(db);
  const slots = compiled.parameters.map((parameter) => (parameter instanceof Placeholder ? parameter.argumentIndex : -1));
  const unused = placeholders.filter((placeholder) => !slots.includes(placeholder.argumentIndex));
  if (unused.length > 0) {
    throw new ReusableQueryError(
      `argument ${unused.map((placeholder) => placeholder.argumentIndex + 1).join(', ')} of a reusable query is not a parameter of its statement`,
    );
  }
  return { compiled, slots };
}

function fillTemplate<Row>(template: Template<Row>, args: readonly unknown[]): CompiledQuery<Row> {
  const { compiled, slots } = template;
  const parameters = compiled.parameters.map((constant, position) => {
    const slot = slots[position]!;
    return slot === -1 ? constant : args[slot];
  });
  return { ...compiled, parameters };
}

function assertSameQuery(reused: CompiledQuery<unknown>, built: CompiledQuery<unknown>): void {
  const sameParameters =
    reused.parameters.length === built.parameters.length &&
    reused.parameters.every((parameter, position) => Object.is(parameter, built.parameters[position]) || sameJson(parameter, built.parameters[position]));
  if (reused.sql !== built.sql || !sameParameters) {
    throw new ReusableQueryError(`a reusable query's statement depends on its arguments:\n${reused.sql}\n--- built for these arguments ---\n${built.sql}`);
  }
}

/** A constant the builder makes anew on every call (an array literal) counts as the same parameter when equal. */
function sameJson(left: unknown, right: unknown): boolean {
  return typeof left === 'object' && left !== null && JSON.stringify(left) === JSON.stringify(right);
}

/** A builder broke reusableQuery's rule: a programming error, found by the loader's own tests. */
export class ReusableQueryError extends Error {
  override readonly name = 'ReusableQueryError';
}
