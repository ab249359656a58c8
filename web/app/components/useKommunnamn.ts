// The kommuner's names from the kommun service, for every page that shows a
// kommun (one operation, NaromradeValjareKommunnamn, shared by all). Empty
// while loading or when the service is down: callers fall back to the code.
import { useMemo } from 'react';
import { NaromradeValjareKommunnamnDocument } from '../generated/graphql.js';
import { useOperation } from '../graphql/useOperation.js';
import type { Kommunnamn } from '../format/kommunnamn.js';

const ingaNamn: Kommunnamn = new Map();

/** `behovs: false` sends nothing (e.g. the header of a region user, who shows no kommun). */
export function useKommunnamn(behovs = true): Kommunnamn {
  const svar = useOperation(NaromradeValjareKommunnamnDocument, behovs ? {} : null);
  const kommuner = svar.status === 'klar' ? svar.data.kommuner : null;
  return useMemo(() => (kommuner ? new Map(kommuner.map((kommun) => [kommun.kod, kommun.namn])) : ingaNamn), [kommuner]);
}
