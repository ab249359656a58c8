// The areas the analyst can pick, ordered as people look for them: the
// vårdsamverkansområden by name, and the närområden grouped under theirs.
import { compareSwedish } from '../../format/svenskOrdning.js';

export interface OmradenSvar {
  vardsamverkansomraden: readonly { id: string; namn: string }[];
  naromraden: readonly { id: string; namn: string; vardsamverkansomrade: { id: string } }[];
}

export interface Omrade {
  id: string;
  namn: string;
}

export interface Omradeskatalog {
  vardsamverkansomraden: Omrade[];
  /** One group per vårdsamverkansområde, with its närområden by name. */
  naromradesgrupper: { omrade: Omrade; naromraden: Omrade[] }[];
}

const efterNamn = (a: Omrade, b: Omrade) => compareSwedish(a.namn, b.namn);

export function omradeskatalog(svar: OmradenSvar): Omradeskatalog {
  const vardsamverkansomraden = svar.vardsamverkansomraden.map(({ id, namn }) => ({ id, namn })).sort(efterNamn);
  return {
    vardsamverkansomraden,
    naromradesgrupper: vardsamverkansomraden.map((omrade) => ({
      omrade,
      naromraden: svar.naromraden
        .filter((naromrade) => naromrade.vardsamverkansomrade.id === omrade.id)
        .map(({ id, namn }) => ({ id, namn }))
        .sort(efterNamn),
    })),
  };
}

/** The name of a närområde (LOKAL) or vårdsamverkansområde (DELREGIONAL); null when the catalog has no such area. */
export function omradesnamn(katalog: Omradeskatalog, niva: 'LOKAL' | 'DELREGIONAL', id: string): string | null {
  const omraden = niva === 'LOKAL' ? katalog.naromradesgrupper.flatMap((grupp) => grupp.naromraden) : katalog.vardsamverkansomraden;
  return omraden.find((omrade) => omrade.id === id)?.namn ?? null;
}
