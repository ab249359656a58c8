// Checks a step before it is sent, with the step's own requirements as the
// server states them (MojligAvvikelsehandling): a required comment, a level.
import type { SystemfelNiva } from '../../generated/graphql.js';
import type { MojligHandling } from './Handlingspanel.js';

export type StegProblem = { falt: 'kommentar' | 'niva'; text: string };

export function stegKontroll(mojlig: MojligHandling, kommentar: string, niva: SystemfelNiva | null): StegProblem | null {
  if (mojlig.kommentarKravs && kommentar.trim() === '') {
    return { falt: 'kommentar', text: mojlig.handling === 'ATERKOPPLA' ? 'Skriv återkopplingen till rapportören.' : 'Skriv skälet.' };
  }
  if (kommentar.length > 4000) return { falt: 'kommentar', text: 'Texten är för lång (högst 4 000 tecken).' };
  if (mojlig.systemfelNivaer.length > 0 && (niva === null || !mojlig.systemfelNivaer.includes(niva))) {
    return { falt: 'niva', text: 'Välj till vilken nivå avvikelsen ska lyftas.' };
  }
  return null;
}
