// The names the page can give reporting units: the API names a vårdcentral by
// its HSA-id (through the närområden it serves), but none of a kommun's units,
// so those are shown by HSA-id.

export interface EnhetsnamnSvar {
  /** A närområde's vårdcentraler; null when the region's service did not answer. */
  vardcentraler: readonly { hsaId: string; namn: string }[] | null;
}

export function enhetsnamn(naromraden: readonly EnhetsnamnSvar[] | null | undefined): Map<string, string> {
  const namn = new Map<string, string>();
  for (const naromrade of naromraden ?? []) for (const vardcentral of naromrade.vardcentraler ?? []) namn.set(vardcentral.hsaId, vardcentral.namn);
  return namn;
}

/** Whether the names could be had at all: false when the region's part of the answer is missing. */
export function enhetsnamnKompletta(naromraden: readonly EnhetsnamnSvar[] | null | undefined): boolean {
  return !!naromraden && naromraden.every((naromrade) => naromrade.vardcentraler !== null);
}
