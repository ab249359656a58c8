// The SIP-gap worklist as it was last fetched, kept while the user looks at
// one of its patients, so coming back (Back, or "Tillbaka till SIP-luckor")
// shows the same list with the same access ground without asking the
// huvudmän again — and without attesting nödåtkomst again that the user did
// not give again: what is shown is what was already fetched and logged.
//
// Only in this tab's memory, never in localStorage, sessionStorage or the URL:
// the list is patient data. One list at a time, for one login and one
// närområde; logging out forgets it, and an old list is fetched anew.
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import type { Route } from '../../routing/route.js';
import type { ListSip } from './arbetslista.js';

/** How long a list may be shown again without fetching: a round through some of its patients, not a working day. */
export const maxAlderMs = 30 * 60 * 1000;

export interface SparadArbetslista<Rubrik, Svar> {
  /** Who fetched it: a list fetched under one login is never shown under another. */
  anvandare: string;
  naromradeId: string;
  /** The ground the list was fetched with; shown again as such, never sent again. */
  grund: Atkomstgrund | null;
  rubrik: Rubrik;
  svar: Svar;
  /** SIPs started or moved on the page since it was fetched, per patient. */
  andrade: ReadonlyMap<string, readonly ListSip[]>;
  /** Milliseconds since 1970. */
  hamtad: number;
  /** The patient the user went to from the list, where the page was scrolled, and the list's route (filter, sort). */
  oppnad: { personnummer: string; scrollY: number; route: Route } | null;
}

export function nyArbetslista<Rubrik, Svar>(
  lista: Pick<SparadArbetslista<Rubrik, Svar>, 'anvandare' | 'naromradeId' | 'grund' | 'rubrik' | 'svar'>,
  nu: number,
): SparadArbetslista<Rubrik, Svar> {
  return { ...lista, andrade: new Map(), hamtad: nu, oppnad: null };
}

/** The remembered list when it is this user's list of this närområde and recent enough to show again. */
export function aterstallbar<Rubrik, Svar>(
  minne: SparadArbetslista<Rubrik, Svar> | null,
  anvandare: string,
  naromradeId: string,
  nu: number,
): SparadArbetslista<Rubrik, Svar> | null {
  if (!minne || minne.anvandare !== anvandare || minne.naromradeId !== naromradeId) return null;
  if (nu - minne.hamtad > maxAlderMs || nu < minne.hamtad) return null;
  return minne;
}

export function medAndradSip<Rubrik, Svar>(minne: SparadArbetslista<Rubrik, Svar>, personnummer: string, sip: ListSip): SparadArbetslista<Rubrik, Svar> {
  const andrade = new Map(minne.andrade);
  andrade.set(personnummer, [...(andrade.get(personnummer) ?? []), sip]);
  return { ...minne, andrade };
}

export function medOppnadPatient<Rubrik, Svar>(
  minne: SparadArbetslista<Rubrik, Svar>,
  oppnad: { personnummer: string; scrollY: number; route: Route },
): SparadArbetslista<Rubrik, Svar> {
  return { ...minne, oppnad };
}

/** Where "Tillbaka till SIP-luckor" on a patient's page leads: the list this user opened this patient from, while it can be shown again. */
export function tillbakaTillListan(minne: SparadArbetslista<unknown, unknown> | null, anvandare: string, personnummer: string, nu: number): Route | null {
  if (!minne || minne.oppnad?.personnummer !== personnummer) return null;
  return aterstallbar(minne, anvandare, minne.naromradeId, nu) ? minne.oppnad.route : null;
}

// The tab's one remembered list. Module state, not React state: the page is
// unmounted while the patient is shown.
let minnet: SparadArbetslista<unknown, unknown> | null = null;

export const arbetslistaMinne = {
  las<Rubrik, Svar>(): SparadArbetslista<Rubrik, Svar> | null {
    return minnet as SparadArbetslista<Rubrik, Svar> | null;
  },
  spara(lista: SparadArbetslista<unknown, unknown>): void {
    minnet = lista;
  },
  /** Changes the remembered list if it is still this user's list of this närområde (another may have replaced it). */
  andra<Rubrik, Svar>(anvandare: string, naromradeId: string, andring: (lista: SparadArbetslista<Rubrik, Svar>) => SparadArbetslista<Rubrik, Svar>): void {
    if (minnet && minnet.anvandare === anvandare && minnet.naromradeId === naromradeId) minnet = andring(minnet as SparadArbetslista<Rubrik, Svar>) as SparadArbetslista<unknown, unknown>;
  },
  glom(): void {
    minnet = null;
  },
};
