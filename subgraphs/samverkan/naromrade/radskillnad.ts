// The difference between two versions of a list of rows, matched by a key:
// rows only in the later version (tillagda), only in the earlier (borttagna),
// and rows in both whose compared fields differ (andrade), each with its fields
// as old → new. Pure and generic, so the plan's boendeansvar and åtgärder are
// compared by one rule.

/** One field that differs between the two versions of a row, in text form. */
export interface Faltandring<Falt extends string> {
  falt: Falt;
  fore: string;
  efter: string;
}

export interface AndradRad<Row, Falt extends string> {
  fore: Row;
  efter: Row;
  /** In the order of the field table. */
  andringar: Faltandring<Falt>[];
}

export interface Radskillnad<Row, Falt extends string> {
  tillagda: Row[];
  borttagna: Row[];
  andrade: AndradRad<Row, Falt>[];
}

/** How each compared field reads as text; two rows differ in a field when the texts differ. */
export type Faltlasare<Row, Falt extends string> = Readonly<Record<Falt, (row: Row) => string>>;

/**
 * Every list in the result is ordered by key, so that the same two versions always give the same answer.
 * A key that appears twice in one version keeps its last row (the tables allow one row per key and version).
 */
export function radskillnad<Row, Falt extends string>(
  fore: readonly Row[],
  efter: readonly Row[],
  nyckel: (row: Row) => string,
  falt: Faltlasare<Row, Falt>,
): Radskillnad<Row, Falt> {
  const foreByKey = new Map(fore.map((row) => [nyckel(row), row]));
  const efterByKey = new Map(efter.map((row) => [nyckel(row), row]));
  const faltnamn = Object.keys(falt) as Falt[];
  const result: Radskillnad<Row, Falt> = { tillagda: [], borttagna: [], andrade: [] };
  for (const key of [...new Set([...foreByKey.keys(), ...efterByKey.keys()])].sort()) {
    const gammal = foreByKey.get(key);
    const ny = efterByKey.get(key);
    if (gammal === undefined) result.tillagda.push(ny!);
    else if (ny === undefined) result.borttagna.push(gammal);
    else {
      const andringar = faltnamn.flatMap((namn) => {
        const [fore, efter] = [falt[namn](gammal), falt[namn](ny)];
        return fore === efter ? [] : [{ falt: namn, fore, efter }];
      });
      if (andringar.length > 0) result.andrade.push({ fore: gammal, efter: ny, andringar });
    }
  }
  return result;
}
