// Avvikelser per category: every category of the routine, largest first. A
// category without a cell had none in the period (0); a withheld cell had a few
// and is ordered between 0 and the threshold, shown as withheld.
import type { AvvikelseKategori } from '../../generated/graphql.js';
import { matvardeAvAntal, sorteringsvarde, type AntalSvar, type Matvarde } from './matvarde.js';

/** The categories' Swedish names, in the routine's order (which also breaks ties). */
export const kategorinamn: Record<AvvikelseKategori, string> = {
  INFORMATIONSOVERFORING: 'Informationsöverföring',
  LAKEMEDEL: 'Läkemedel',
  IN_OCH_UTSKRIVNING: 'In- och utskrivning',
  SIP: 'SIP',
  LAKARMEDVERKAN: 'Läkarmedverkan',
  HJALPMEDEL: 'Hjälpmedel',
  VARDPLANERING: 'Vårdplanering',
  BEMOTANDE: 'Bemötande',
  OVRIGT: 'Övrigt',
};

const kategorier = Object.keys(kategorinamn) as AvvikelseKategori[];

export interface Kategoricell {
  kategori: AvvikelseKategori | null;
  antal: AntalSvar;
}

export interface Kategoristapel {
  kategori: AvvikelseKategori;
  namn: string;
  antal: Matvarde;
}

export function kategoriserie(celler: readonly Kategoricell[], grans: number): Kategoristapel[] {
  const perKategori = new Map<AvvikelseKategori, Matvarde>();
  for (const cell of celler) if (cell.kategori) perKategori.set(cell.kategori, matvardeAvAntal(cell.antal));
  return kategorier
    .map((kategori, ordning) => ({ kategori, namn: kategorinamn[kategori], antal: perKategori.get(kategori) ?? { typ: 'varde' as const, varde: 0 }, ordning }))
    .sort((a, b) => sorteringsvarde(b.antal, grans) - sorteringsvarde(a.antal, grans) || a.ordning - b.ordning)
    .map(({ ordning: _ordning, ...stapel }) => stapel);
}
