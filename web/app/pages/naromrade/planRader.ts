// The rows of the närområdesplan table: every boende of the närområde with its
// boendeansvar row, if any, and whether it is a gap (no responsible vårdcentral).
// When the kommun's service is down the boenden are unknown: the plan's rows
// are still shown, and whether any boende lacks a vårdcentral cannot be told.

export interface Planrad<Boende, Ansvar> {
  boendeId: string;
  /** Null when the kommun did not answer, or no longer lists the boende in the närområde. */
  boende: Boende | null;
  ansvar: Ansvar | null;
  /** True for a gap, false when covered, null when it cannot be told (the kommun is down). */
  lucka: boolean | null;
}

export function planRader<Boende extends { id: string }, Ansvar extends { boende: { id: string } | null }>(
  boenden: readonly Boende[] | null,
  boendeansvar: readonly Ansvar[],
  boendenUtanAnsvar: readonly { id: string }[] | null,
): Planrad<Boende, Ansvar>[] {
  const ansvarPerBoende = new Map<string, Ansvar>();
  for (const ansvar of boendeansvar) if (ansvar.boende) ansvarPerBoende.set(ansvar.boende.id, ansvar);
  if (boenden === null) {
    return [...ansvarPerBoende.entries()].map(([boendeId, ansvar]) => ({ boendeId, boende: null, ansvar, lucka: null }));
  }
  // The server's list of gaps is the rule's source; without it (asked without the kommun's boenden) the same rule is applied here.
  const utanAnsvar = boendenUtanAnsvar ? new Set(boendenUtanAnsvar.map((boende) => boende.id)) : null;
  const rader: Planrad<Boende, Ansvar>[] = boenden.map((boende) => {
    const ansvar = ansvarPerBoende.get(boende.id) ?? null;
    return { boendeId: boende.id, boende, ansvar, lucka: utanAnsvar ? utanAnsvar.has(boende.id) : ansvar === null };
  });
  const kanda = new Set(boenden.map((boende) => boende.id));
  for (const [boendeId, ansvar] of ansvarPerBoende) {
    if (!kanda.has(boendeId)) rader.push({ boendeId, boende: null, ansvar, lucka: false });
  }
  return rader;
}
