// How the återkoppling deadline reads in a list: days left, the last day,
// days overdue, or why there is none. The server counts the days
// (Avvikelse.dagarTillAterkoppling, on the Swedish calendar); this only words them.
import type { AvvikelseStatus } from '../../generated/graphql.js';

export interface Frist {
  text: string;
  forsenad: boolean;
}

export function fristText(avvikelse: { status: AvvikelseStatus; dagarTillAterkoppling: number | null; aterkopplingSenast: string | null }): Frist {
  const dagar = avvikelse.dagarTillAterkoppling;
  if (dagar !== null) {
    if (dagar < 0) return { text: `${-dagar} ${-dagar === 1 ? 'dag' : 'dagar'} försenad (senast ${avvikelse.aterkopplingSenast})`, forsenad: true };
    if (dagar === 0) return { text: `Sista dagen idag (${avvikelse.aterkopplingSenast})`, forsenad: false };
    return { text: `${dagar} ${dagar === 1 ? 'dag' : 'dagar'} kvar (senast ${avvikelse.aterkopplingSenast})`, forsenad: false };
  }
  switch (avvikelse.status) {
    case 'RAPPORTERAD':
      return { text: 'Ej mottagen: 60 dagar räknas från mottagandet', forsenad: false };
    case 'ATERKOPPLAD':
    case 'AVSLUTAD':
      return { text: 'Återkopplad', forsenad: false };
    case 'AVVISAD':
      return { text: 'Avvisad', forsenad: false };
    default:
      return { text: '–', forsenad: false };
  }
}
