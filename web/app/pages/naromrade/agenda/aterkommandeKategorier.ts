// Which avvikelse categories recur in a närområde, the rule the agenda uses:
// a category recurs when it has avvikelser in at least 2 of the last 3
// calendar months (the current month counted). Months, not counts, because
// the analysis withholds counts of 1–4 and rounds the rest: a month has
// avvikelser whenever the analysis has a cell for it, withheld or not.

/** How many months back the rule looks (the current month included). */
export const antalManaderIFonstret = 3;
/** In how many of those months a category must have avvikelser to recur. */
export const minstAntalManader = 2;

export interface Analysperiod {
  /** First day of the earliest month (`YYYY-MM-DD`): the analysis's `fran`. */
  fran: string;
  /** Today: the analysis's `till`. */
  till: string;
  /** The months of the window, oldest first (`YYYY-MM`). */
  manader: string[];
}

/** The window of the rule for a given day (`YYYY-MM-DD`). */
export function analysperiod(idag: string): Analysperiod {
  const [year, month] = idag.split('-').map(Number) as [number, number];
  const manader: string[] = [];
  for (let back = antalManaderIFonstret - 1; back >= 0; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    manader.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return { fran: `${manader[0]}-01`, till: idag, manader };
}

export interface Analyscell<Kategori extends string> {
  kategori: Kategori | null;
  manad: string | null;
  antal: { varde: number | null; undertryckt: boolean };
}

export interface AterkommandeKategori<Kategori extends string> {
  kategori: Kategori;
  /** The window's months with avvikelser in the category, oldest first. */
  manader: string[];
}

/** Recurring categories, those seen in the most months first, then in the order the categories were given. */
export function aterkommandeKategorier<Kategori extends string>(
  celler: readonly Analyscell<Kategori>[],
  manader: readonly string[],
): AterkommandeKategori<Kategori>[] {
  const iFonstret = new Set(manader);
  const perKategori = new Map<Kategori, Set<string>>();
  for (const cell of celler) {
    if (cell.kategori === null || cell.manad === null || !iFonstret.has(cell.manad)) continue;
    // A withheld cell means 1–4 avvikelser; only a shown 0 means none.
    if (!cell.antal.undertryckt && (cell.antal.varde ?? 0) === 0) continue;
    const sett = perKategori.get(cell.kategori) ?? new Set<string>();
    sett.add(cell.manad);
    perKategori.set(cell.kategori, sett);
  }
  return [...perKategori.entries()]
    .filter(([, sett]) => sett.size >= minstAntalManader)
    .map(([kategori, sett]) => ({ kategori, manader: manader.filter((manad) => sett.has(manad)) }))
    .sort((a, b) => b.manader.length - a.manader.length);
}
