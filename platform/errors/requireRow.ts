// For non-null links that a foreign key guarantees (a läkare's vårdcentral,
// the närområde of an avvikelse): a missing row is a broken invariant, not a
// user error, and surfaces as INTERNAL_SERVER_ERROR with details only in the log.

export function requireRow<Row>(row: Row | null, table: string, key: string): Row {
  if (row === null) throw new Error(`Row ${key} of table ${table} is missing although a foreign key refers to it.`);
  return row;
}
