// The stored workflow steps (avvikelsehandelse rows) behind a seeded
// avvikelse's status: RAPPORTERA when reported, TA_EMOT when received,
// PABORJA_UTREDNING and MARKERA_ATGARDAD in between, ATERKOPPLA when
// återkoppling was given, AVSLUTA a little later. Versions run 1, 2, … so
// that the avvikelse's version is the number of its steps. Derived from the
// seed alone (no randomness), so the same world always gives the same history.
import type { AvvikelseSeed } from '../../common/seed/World.js';
import type { AvvikelsehandelseTable } from '../database.js';
import type { AvvikelseStatus } from '../generated/resolvers.js';

type HandelseRow = Omit<AvvikelsehandelseTable, 'id'>;

const dayMs = 86_400_000;

/** The receiving side of a seeded avvikelse has no named unit; these stand for its avvikelse function. */
export function mottagandeEnhetHsaId(huvudman: string): string {
  return huvudman === 'VGR' ? 'SE2321000131-E000000000001' : `SE212000${huvudman}-E000000000001`;
}

const aterkopplingText = 'Händelsen är utredd och åtgärder är vidtagna; rutinen har gåtts igenom med berörd personal.';

const stegOrdning: readonly AvvikelseStatus[] = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD'];

/** The history of one seeded avvikelse; `latestMs` is the last instant a step may have (the reference date's end). */
export function avvikelseHistorik(avvikelse: AvvikelseSeed, latestMs: number): HandelseRow[] {
  const reached = stegOrdning.indexOf(avvikelse.status);
  if (reached < 0) throw new Error(`Seed: no history for status ${avvikelse.status} (${avvikelse.id}).`);
  const reporter = { utford_av: avvikelse.rapporterandeEnhetHsaId, organisation_hsa_id: avvikelse.rapporterandeEnhetHsaId, huvudman: avvikelse.rapporterandeHuvudman };
  const receiverUnit = mottagandeEnhetHsaId(avvikelse.mottagandeHuvudman);
  const receiver = { utford_av: receiverUnit, organisation_hsa_id: receiverUnit, huvudman: avvikelse.mottagandeHuvudman };

  const rows: HandelseRow[] = [
    { avvikelse_id: avvikelse.id, handling: 'RAPPORTERA', fran_status: null, till_status: 'RAPPORTERAD', version: 1, tid: avvikelse.rapporteradTid, ...reporter, kommentar: null },
  ];
  if (reached === 0) return rows;
  if (avvikelse.mottagenTid === null) throw new Error(`Seed: ${avvikelse.id} is ${avvikelse.status} but has no mottagenTid.`);
  const mottagenMs = Date.parse(avvikelse.mottagenTid);
  // Investigation and action fall between receipt and återkoppling (or, while open, the following weeks).
  const endMs = avvikelse.aterkoppladTid !== null ? Date.parse(avvikelse.aterkoppladTid) : Math.min(latestMs, mottagenMs + 30 * dayMs);
  const between = (fraction: number) => new Date(mottagenMs + Math.floor((endMs - mottagenMs) * fraction)).toISOString();
  const steps: [HandelseRow['handling'], string, string | null, typeof reporter][] = [
    ['TA_EMOT', avvikelse.mottagenTid, null, receiver],
    ['PABORJA_UTREDNING', between(0.25), null, receiver],
    ['MARKERA_ATGARDAD', between(0.75), null, receiver],
  ];
  if (avvikelse.aterkoppladTid !== null) {
    const aterkoppladMs = Date.parse(avvikelse.aterkoppladTid);
    steps.push(['ATERKOPPLA', avvikelse.aterkoppladTid, aterkopplingText, receiver]);
    steps.push(['AVSLUTA', new Date(aterkoppladMs + Math.floor(Math.min(7 * dayMs, (latestMs - aterkoppladMs) / 2))).toISOString(), null, reporter]);
  }
  for (let index = 1; index <= reached; index++) {
    const [handling, tid, kommentar, who] = steps[index - 1]!;
    rows.push({
      avvikelse_id: avvikelse.id,
      handling,
      fran_status: stegOrdning[index - 1]!,
      till_status: stegOrdning[index]!,
      version: index + 1,
      tid,
      ...who,
      kommentar,
    });
  }
  return rows;
}
