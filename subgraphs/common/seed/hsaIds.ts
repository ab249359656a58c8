// HSA-ids of synthetic units and staff: VGR's real prefix with an opaque
// suffix, and `SE212000` + kommunkod for the kommuner (kommun organisationsnummer).

const vgrPrefix = 'SE2321000131-';

/** `E` for vårdcentral units, `P` for läkare: e.g. `SE2321000131-E000000000123`. */
export function vgrHsaId(kind: 'E' | 'P', serial: number): string {
  return `${vgrPrefix}${kind}${String(serial).padStart(12, '0')}`;
}

/**
 * A kommun's HSA-id: `S` for sjuksköterskor, `E` for hemsjukvård and hemtjänst
 * units, `B` for the unit that runs a boende, e.g. `SE2120001480-S000000000042`.
 */
export function kommunHsaId(kommunkod: string, kind: 'S' | 'E' | 'B', serial: number): string {
  return `SE212000${kommunkod}-${kind}${String(serial).padStart(12, '0')}`;
}

/** The unit running a boende; its serial is the boende's number (`boende-1480-0017` → 17). */
export function boendeEnhetHsaId(boendeId: string): string {
  const match = /^boende-(\d{4})-(\d+)$/.exec(boendeId);
  if (!match) throw new Error(`Not a synthetic boende id: "${boendeId}".`);
  return kommunHsaId(match[1]!, 'B', Number(match[2]));
}

/**
 * The kommun's hemsjukvård and hemtjänst units of a närområde, numbered by the
 * närområde's position within its kommun (0 for the first).
 */
export function hemsjukvardEnhetHsaId(kommunkod: string, naromradeIndex: number): string {
  return kommunHsaId(kommunkod, 'E', 1_000 + naromradeIndex);
}

export function hemtjanstEnhetHsaId(kommunkod: string, naromradeIndex: number): string {
  return kommunHsaId(kommunkod, 'E', 2_000 + naromradeIndex);
}
