// The NOSAM page's presentation mode for the meeting itself, on a projector:
// one section at a time in large type, stepped with the keyboard (arrows,
// Page Up/Down as a presenter's clicker sends them, Home/End, Escape to leave).

/** The page's sections in the order they are presented. */
export const presentationsdelar = [
  'Översikt',
  'Dagordning',
  'NOSAM-möten',
  'Närområdesplan',
  'Planens historik',
  'Åtgärder',
  'Avvikelser',
  'Vårdcentraler',
  'Närsjukvårdsteam',
] as const;

export type Presentationssteg = { typ: 'till'; del: number } | { typ: 'avsluta' } | null;

/** What a key does while presenting `aktuell` of `antal` sections; null: not ours. */
export function presentationsTangent(key: string, aktuell: number, antal: number): Presentationssteg {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { typ: 'till', del: Math.min(aktuell + 1, antal - 1) };
    case 'ArrowLeft':
    case 'PageUp':
      return { typ: 'till', del: Math.max(aktuell - 1, 0) };
    case 'Home':
      return { typ: 'till', del: 0 };
    case 'End':
      return { typ: 'till', del: antal - 1 };
    case 'Escape':
      return { typ: 'avsluta' };
    default:
      return null;
  }
}
