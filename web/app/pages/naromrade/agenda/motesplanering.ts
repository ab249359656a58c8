// The chair's preparation of the next NOSAM meeting: when and where, who is
// invited, and items of their own for the agenda. Kept in this browser per
// närområde (no patient data: names of staff and the chair's own words), so
// the agenda can be prepared one day and printed the next.
export interface Motesplanering {
  datum: string;
  starttid: string;
  plats: string;
  /** One invited participant or group per line. */
  inbjudna: string;
  /** One agenda item per line. */
  egnaPunkter: string;
}

export const tomPlanering: Motesplanering = { datum: '', starttid: '', plats: '', inbjudna: '', egnaPunkter: '' };

/** Non-empty lines, trimmed. */
export function rader(text: string): string[] {
  return text
    .split('\n')
    .map((rad) => rad.trim())
    .filter((rad) => rad.length > 0);
}

/** "Möte 2026-12-14 kl. 13:30, Angereds närsjukhus", or null before a date is set. */
export function moteRubrik(planering: Motesplanering): string | null {
  if (!planering.datum) return null;
  return `Möte ${planering.datum}${planering.starttid ? ` kl. ${planering.starttid}` : ''}${planering.plats.trim() ? `, ${planering.plats.trim()}` : ''}`;
}

const nyckel = (naromradeId: string) => `samsyn.motesplanering.${naromradeId}`;

export function lasPlanering(naromradeId: string, storage: Pick<Storage, 'getItem'> = localStorage): Motesplanering {
  try {
    const sparad = JSON.parse(storage.getItem(nyckel(naromradeId)) ?? 'null') as Partial<Motesplanering> | null;
    if (!sparad || typeof sparad !== 'object') return tomPlanering;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return { datum: text(sparad.datum), starttid: text(sparad.starttid), plats: text(sparad.plats), inbjudna: text(sparad.inbjudna), egnaPunkter: text(sparad.egnaPunkter) };
  } catch {
    return tomPlanering;
  }
}

export function sparaPlanering(naromradeId: string, planering: Motesplanering, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(nyckel(naromradeId), JSON.stringify(planering));
}
