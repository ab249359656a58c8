// `column = ANY($1)`: one array parameter for a whole DataLoader batch, so
// the statement text stays the same whatever the batch size.
import type { ExpressionBuilder } from 'kysely';

export function anyOf(keys: readonly string[]) {
  return <Database, Table extends keyof Database>(eb: ExpressionBuilder<Database, Table>) => eb.fn.any(eb.val(keys));
}
