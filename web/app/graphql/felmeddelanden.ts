// What a failed mutation means to the user, in Swedish, by the API's stable
// codes: messages that belong next to an input field (by `extensions.field`),
// and messages for the whole form. The server's English message is kept only
// where no Swedish text says more.
import type { GraphqlError } from './operationProblems.js';

export interface TolkadeFel {
  /** Input path (`input.beskrivning`) → the message to show next to that field. */
  falt: Record<string, string>;
  /** Messages for the whole form, in the order the errors came. */
  allmanna: string[];
  /** Every code seen, e.g. to tell a stale version from other failures. */
  koder: string[];
  /** The reasons (`extensions.reason`) seen. */
  orsaker: string[];
}

const orsakText: Record<string, string> = {
  TEXT_CONTAINS_PERSONNUMMER:
    'Texten verkar innehålla ett personnummer eller samordningsnummer. Beskriv vad som hände, inte vem: ta bort numret (patienten kopplas separat och åtkomststyrt).',
  TEXT_EMPTY: 'Fyll i fältet.',
  TEXT_TOO_LONG: 'Texten är för lång (högst 4 000 tecken).',
  DATE_IN_FUTURE: 'Datumet kan inte ligga i framtiden.',
  DATE_INVALID: 'Datumet är ogiltigt eller ligger för långt bak i tiden (högst fem år).',
  DATE_RANGE_INVALID: 'Slutdatum måste vara samma dag som eller efter startdatum.',
  SAME_HUVUDMAN: 'Mottagande huvudman måste vara en annan än din egen.',
  HUVUDMAN_NOT_IN_NAROMRADE: 'En kommun som part måste vara närområdets kommun.',
  HUVUDMAN_INVALID: 'Huvudman ska vara VGR eller en kommun i Västra Götaland.',
  TEXT_CONTROL_CHARACTER: 'Texten innehåller ett otillåtet styrtecken.',
  PERSONNUMMER_FORMAT: 'Skriv personnumret med tolv siffror: ÅÅÅÅMMDDNNNN.',
  PERSONNUMMER_INVALID: 'Personnumret är inte giltigt. Kontrollera det.',
  HSA_ID_INVALID: 'HSA-id:t har fel form (t.ex. SE2321000131-E000000000001).',
  TRANSITION_NOT_ALLOWED: 'Steget är inte tillåtet i ärendets nuvarande läge.',
  SYSTEMFEL_NIVA_MISSING: 'Välj till vilken nivå avvikelsen ska lyftas.',
};

const kodText: Record<string, string> = {
  FORBIDDEN: 'Du har inte behörighet till det här.',
  ATKOMSTGRUND_SAKNAS: 'Patientens uppgifter hör till en annan huvudman: ange åtkomstgrund (samtycke eller nödåtkomst).',
  CONFLICT: 'Ärendet har ändrats av någon annan sedan du läste det.',
  NOT_FOUND: 'Det du hänvisar till finns inte.',
  SUBGRAPH_UNAVAILABLE: 'En av Samsyns tjänster svarar inte just nu. Ingenting sparades; försök igen om en stund.',
  DATABASE_UNAVAILABLE: 'Databasen svarar inte just nu. Ingenting sparades; försök igen om en stund.',
  NETWORK_ERROR: 'Samsyn svarar inte. Kontrollera nätverket och försök igen; det du skrivit finns kvar.',
  UNAUTHENTICATED: 'Inloggningen har gått ut. Logga in igen.',
  INTERNAL_SERVER_ERROR: 'Något gick fel i Samsyn. Ingenting sparades; försök igen.',
};

/** The Swedish text for one error. */
export function felText(error: GraphqlError): string {
  const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const reason = typeof error.extensions?.['reason'] === 'string' ? error.extensions['reason'] : null;
  if (reason === 'VERSION_STALE') return kodText['CONFLICT']!;
  if (reason !== null && orsakText[reason]) return orsakText[reason]!;
  if (code === 'BAD_USER_INPUT') return `Uppgiften är ogiltig: ${error.message}`;
  return kodText[code] ?? `${error.message} (${code})`;
}

export function tolkaFel(errors: readonly GraphqlError[]): TolkadeFel {
  const tolkade: TolkadeFel = { falt: {}, allmanna: [], koder: [], orsaker: [] };
  for (const error of errors) {
    const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
    const reason = typeof error.extensions?.['reason'] === 'string' ? error.extensions['reason'] : null;
    const field = typeof error.extensions?.['field'] === 'string' ? error.extensions['field'] : null;
    tolkade.koder.push(code);
    if (reason !== null) tolkade.orsaker.push(reason);
    const text = felText(error);
    if (code === 'BAD_USER_INPUT' && field !== null && reason !== 'TRANSITION_NOT_ALLOWED') tolkade.falt[field] ??= text;
    else if (!tolkade.allmanna.includes(text)) tolkade.allmanna.push(text);
  }
  return tolkade;
}

/** True when the answer says the version read is stale (someone else moved the case). */
export function arInaktuell(tolkade: TolkadeFel): boolean {
  return tolkade.orsaker.includes('VERSION_STALE') || tolkade.koder.includes('CONFLICT');
}
