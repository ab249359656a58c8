// Läkarmedverkan in the närområdesplan, per place and per vårdcentral. Per place
// means per place the boende has (antalPlatser, its capacity), not per occupied
// place: the agreement is made for the boende, and korttidsplatser are paid per place.

/** Hours of läkarmedverkan per place and week; null when the boende has no places (or they are unknown). */
export function timmarPerPlats(timmarPerVecka: number, antalPlatser: number | null): number | null {
  if (antalPlatser === null || antalPlatser <= 0) return null;
  return timmarPerVecka / antalPlatser;
}

/** The same, in whole minutes, which reads better on a projector than 0,12 h. */
export function minuterPerPlats(timmarPerVecka: number, antalPlatser: number | null): number | null {
  const timmar = timmarPerPlats(timmarPerVecka, antalPlatser);
  return timmar === null ? null : Math.round(timmar * 60);
}

export interface Ansvarsrad {
  vardcentralHsaId: string | null;
  timmarPerVecka: number;
  /** The boende's places; null when the kommun did not answer. */
  antalPlatser: number | null;
}

export interface Lakarmedverkan {
  antalBoenden: number;
  timmarPerVecka: number;
  /** Places of the boenden counted; null when any boende's places are unknown. */
  antalPlatser: number | null;
  /** Over all those places; null when places are unknown or none. */
  timmarPerPlats: number | null;
}

function summera(rader: readonly Ansvarsrad[]): Lakarmedverkan {
  const timmar = rader.reduce((summa, rad) => summa + rad.timmarPerVecka, 0);
  const platserKanda = rader.every((rad) => rad.antalPlatser !== null);
  const platser = platserKanda ? rader.reduce((summa, rad) => summa + (rad.antalPlatser ?? 0), 0) : null;
  return { antalBoenden: rader.length, timmarPerVecka: timmar, antalPlatser: platser, timmarPerPlats: timmarPerPlats(timmar, platser) };
}

/** For the whole plan. */
export function lakarmedverkanTotalt(rader: readonly Ansvarsrad[]): Lakarmedverkan {
  return summera(rader);
}

/** Per responsible vårdcentral (by HSA-id); rows without a known vårdcentral are left out. */
export function lakarmedverkanPerVardcentral(rader: readonly Ansvarsrad[]): Map<string, Lakarmedverkan> {
  const grupper = new Map<string, Ansvarsrad[]>();
  for (const rad of rader) {
    if (rad.vardcentralHsaId === null) continue;
    const grupp = grupper.get(rad.vardcentralHsaId);
    if (grupp) grupp.push(rad);
    else grupper.set(rad.vardcentralHsaId, [rad]);
  }
  return new Map([...grupper.entries()].map(([hsaId, grupp]) => [hsaId, summera(grupp)]));
}
