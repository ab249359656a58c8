// Avvikelser per reporting unit: only the units that reported in the period
// (the API knows no list of every unit to show the rest as 0), most first and
// then by name. A unit the page has no name for is shown by its HSA-id, and a
// withheld count is ordered between 0 and the threshold, shown as withheld.
import { compareSwedish } from '../../format/svenskOrdning.js';
import { matvardeAvAntal, sorteringsvarde, type AntalSvar, type Matvarde } from './matvarde.js';

export interface Enhetscell {
  enhetHsaId: string | null;
  antal: AntalSvar;
}

export interface Enhetsstapel {
  hsaId: string;
  /** The unit's name, or its HSA-id when no name is known. */
  namn: string;
  namnKant: boolean;
  antal: Matvarde;
}

export function enhetsserie(celler: readonly Enhetscell[], namn: ReadonlyMap<string, string>, grans: number): Enhetsstapel[] {
  return celler
    .flatMap((cell) => {
      if (!cell.enhetHsaId) return [];
      const kant = namn.get(cell.enhetHsaId);
      return [{ hsaId: cell.enhetHsaId, namn: kant ?? cell.enhetHsaId, namnKant: kant !== undefined, antal: matvardeAvAntal(cell.antal) }];
    })
    .sort(
      (a, b) =>
        sorteringsvarde(b.antal, grans) - sorteringsvarde(a.antal, grans) || compareSwedish(a.namn, b.namn) || compareSwedish(a.hsaId, b.hsaId),
    );
}
