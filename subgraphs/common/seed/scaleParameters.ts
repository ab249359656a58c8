// How big each scale is. `vg` aims at the real Västra Götaland (Göteborg:
// ~9,000 hemtjänst users, ~3,000 inskrivna in hemsjukvård); `small` is about
// 30× smaller but keeps every kommun and every närområde.
import type { SeedScale } from './World.js';

export interface ScaleParameters {
  /** People with any kommun insats, current or ended, over all kommuner. */
  kommunPatienter: number;
  boenden: number;
  avvikelser: number;
  /** Active hemtjänst beslut per 1,000 inhabitants (Göteborg: 9,000 of 600,000). */
  activeHemtjanstPer1000: number;
  /** Active hemsjukvård inskrivningar per 1,000 inhabitants (Göteborg: 3,000 of 600,000). */
  activeHemsjukvardPer1000: number;
  /** Size of a boende relative to real ones (places): `small` has smaller units, so that full ones stay few. */
  boendestorlek: number;
  /** Patients known only to the region, as a share of the kommun patients. */
  regionOnlyShare: number;
  /** Vårdcentraler in a närområde with this many inhabitants. */
  vardcentralerInNaromrade(inhabitants: number, kommunkod: string): number;
}

const goteborg = '1480';

export const scaleParameters: Readonly<Record<SeedScale, ScaleParameters>> = {
  vg: {
    kommunPatienter: 100_000,
    boenden: 1_500,
    avvikelser: 50_000,
    activeHemtjanstPer1000: 15,
    activeHemsjukvardPer1000: 5,
    boendestorlek: 1,
    regionOnlyShare: 0.2,
    // About one vårdcentral per 8,800 inhabitants gives VG's ~200.
    vardcentralerInNaromrade: (inhabitants) => Math.max(1, Math.round(inhabitants / 8_800)),
  },
  small: {
    kommunPatienter: 3_000,
    boenden: 110,
    avvikelser: 1_500,
    activeHemtjanstPer1000: 15 / 30,
    activeHemsjukvardPer1000: 5 / 30,
    boendestorlek: 0.5,
    regionOnlyShare: 0.2,
    // Göteborg keeps several per närområde so that boendeansvar is split between vårdcentraler.
    vardcentralerInNaromrade: (inhabitants, kommunkod) =>
      kommunkod === goteborg ? Math.max(2, Math.round(inhabitants / 25_000)) : 1,
  },
};
