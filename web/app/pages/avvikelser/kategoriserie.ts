// Avvikelser per category: every category of the routine, largest first. A
// category without a cell had none in the period (0); a withheld cell had a few
// and is ordered between 0 and the threshold, shown as withheld.
import { avvikelseKategoriNamn } from '../../format/kodnamn.js';
import type { AvvikelseKategori } from '../../generated/graphql.js';
import { matvardeAvAntal, sorteringsvarde, type AntalSvar, type Matvarde } from './matvarde.js';

const kategorier = Object.keys(avvikelseKategoriNamn) as AvvikelseKategori[];

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
    .map((kategori, ordning) => ({ kategori, namn: avvikelseKategoriNamn[kategori], antal: perKategori.get(kategori) ?? { typ: 'varde' as const, varde: 0 }, ordning }))
    .sort((a, b) => sorteringsvarde(b.antal, grans) - sorteringsvarde(a.antal, grans) || a.ordning - b.ordning)
    .map(({ ordning: _ordning, ...stapel }) => stapel);
}
