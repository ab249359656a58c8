// Avvikelser per status: every status of the workflow, in the order a case
// moves through it (Avvisad, the other way out, last). A status without a cell
// had none in the period (0); a withheld cell stays withheld, never 0.
import { avvikelseStatusNamn } from '../../format/kodnamn.js';
import type { AvvikelseStatus } from '../../generated/graphql.js';
import { matvardeAvAntal, type AntalSvar, type Matvarde } from './matvarde.js';

const statusar = Object.keys(avvikelseStatusNamn) as AvvikelseStatus[];

export interface Statuscell {
  status: AvvikelseStatus | null;
  antal: AntalSvar;
}

export interface Statusstapel {
  status: AvvikelseStatus;
  namn: string;
  antal: Matvarde;
}

export function statusserie(celler: readonly Statuscell[]): Statusstapel[] {
  const perStatus = new Map<AvvikelseStatus, Matvarde>();
  for (const cell of celler) if (cell.status) perStatus.set(cell.status, matvardeAvAntal(cell.antal));
  return statusar.map((status) => ({ status, namn: avvikelseStatusNamn[status], antal: perStatus.get(status) ?? { typ: 'varde', varde: 0 } }));
}
