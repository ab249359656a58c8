// The analysis period: the default (the last twelve full months), the checks the
// server would make (a real date, från ≤ till, at most five years) said in Swedish
// before anything is sent, and the calendar months the period covers.

export interface Period {
  /** First day, `YYYY-MM-DD`. */
  fran: string;
  /** Last day, inclusive. */
  till: string;
}

/** The longest period the server analyses (parseAvvikelseanalysInput.maxPeriodYears). */
export const maxPeriodAr = 5;

const isoDatum = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date where the user is, `YYYY-MM-DD`. */
export function lokaltDatum(nu: Date): string {
  return `${String(nu.getFullYear()).padStart(4, '0')}-${tvasiffrigt(nu.getMonth() + 1)}-${tvasiffrigt(nu.getDate())}`;
}

export function arGiltigtDatum(text: string): boolean {
  const match = isoDatum.exec(text);
  if (!match) return false;
  const [ar, manad, dag] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return ar >= 1 && manad >= 1 && manad <= 12 && dag >= 1 && dag <= dagarIManad(ar, manad);
}

/** The twelve full calendar months before the month of `idag`. */
export function standardperiod(idag: string): Period {
  const [ar, manad] = arOchManad(idag);
  const sista = forskjutManad(ar, manad, -1);
  const forsta = forskjutManad(ar, manad, -12);
  return {
    fran: `${manadsnyckel(forsta.ar, forsta.manad)}-01`,
    till: `${manadsnyckel(sista.ar, sista.manad)}-${tvasiffrigt(dagarIManad(sista.ar, sista.manad))}`,
  };
}

/** What is wrong with a period, in Swedish, or null when the server will accept it. */
export function periodfel(fran: string, till: string): string | null {
  if (!arGiltigtDatum(fran)) return 'Ange ett giltigt datum i Från (ÅÅÅÅ-MM-DD).';
  if (!arGiltigtDatum(till)) return 'Ange ett giltigt datum i Till (ÅÅÅÅ-MM-DD).';
  if (fran > till) return 'Från måste vara samma dag som Till eller tidigare.';
  const [ar, manad, dag] = fran.split('-').map(Number) as [number, number, number];
  // The same day five years later (29 February → 1 March), which till must come before.
  const grans = new Date(0);
  grans.setUTCFullYear(ar + maxPeriodAr, manad - 1, dag);
  if (till >= grans.toISOString().slice(0, 10)) return `Perioden får vara högst ${maxPeriodAr} år.`;
  return null;
}

/**
 * The months (`YYYY-MM`) from the month of `fran` through the month of `till`,
 * but not past the month of `idag`: later months have no events yet, and a bar
 * of 0 for them would read as a fall.
 */
export function manaderIPeriod(period: Period, idag: string): string[] {
  const slut = period.till < idag ? period.till : idag;
  const [slutAr, slutManad] = arOchManad(slut);
  let [ar, manad] = arOchManad(period.fran);
  const manader: string[] = [];
  while (ar < slutAr || (ar === slutAr && manad <= slutManad)) {
    manader.push(manadsnyckel(ar, manad));
    ({ ar, manad } = forskjutManad(ar, manad, 1));
  }
  return manader;
}

function arOchManad(datum: string): [number, number] {
  return [Number(datum.slice(0, 4)), Number(datum.slice(5, 7))];
}

function forskjutManad(ar: number, manad: number, steg: number): { ar: number; manad: number } {
  const index = ar * 12 + (manad - 1) + steg;
  return { ar: Math.floor(index / 12), manad: (index % 12) + 1 };
}

function manadsnyckel(ar: number, manad: number): string {
  return `${String(ar).padStart(4, '0')}-${tvasiffrigt(manad)}`;
}

const dagarPerManad = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function dagarIManad(ar: number, manad: number): number {
  const skottar = (ar % 4 === 0 && ar % 100 !== 0) || ar % 400 === 0;
  return manad === 2 && skottar ? 29 : dagarPerManad[manad - 1]!;
}

function tvasiffrigt(tal: number): string {
  return String(tal).padStart(2, '0');
}
