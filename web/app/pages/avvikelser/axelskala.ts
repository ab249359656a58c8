// The value axis of a bar chart: a round maximum at or above the largest value
// and evenly spaced round ticks (steps of 1, 2 or 5 × a power of ten), so the
// gridlines read easily from the back of a room.

export interface Axelskala {
  max: number;
  steg: number;
  /** The tick values from 0 to max. */
  markeringar: number[];
}

/** `storsta`: the largest value to show; `onskadeSteg`: about how many intervals. Counts and days are whole-step friendly. */
export function axelskala(storsta: number, onskadeSteg = 5): Axelskala {
  const topp = Number.isFinite(storsta) && storsta > 0 ? storsta : 1;
  const grovt = topp / Math.max(1, onskadeSteg);
  const tiopotens = 10 ** Math.floor(Math.log10(grovt));
  const steg = Math.max(1, [1, 2, 5, 10].map((faktor) => faktor * tiopotens).find((kandidat) => kandidat >= grovt) ?? 10 * tiopotens);
  const max = Math.ceil(topp / steg) * steg;
  const markeringar: number[] = [];
  for (let varde = 0; varde <= max + steg / 2; varde += steg) markeringar.push(Math.round(varde * 1e6) / 1e6);
  return { max, steg, markeringar };
}
