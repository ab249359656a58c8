// The API's errors in Swedish, by code, for the granskare's page: the shared
// components (Fel, Delvis) then show these words and the code.
import type { OperationProblems } from '../../graphql/operationProblems.js';

const meddelanden: Record<string, string> = {
  FORBIDDEN: 'Din roll får inte läsa de här uppgifterna.',
  BAD_USER_INPUT: 'Servern godtog inte sökningen. Kontrollera personnumret, användaren och perioden.',
  DATABASE_UNAVAILABLE: 'Loggens databas svarar inte just nu. Försök igen om en stund.',
  GATEWAY_UNAVAILABLE: 'Samsyn svarar inte just nu. Försök igen om en stund.',
  NETWORK_ERROR: 'Samsyn svarar inte. Kontrollera nätverket och försök igen.',
  QUERY_TOO_COMPLEX: 'Frågan är för stor för servern.',
  ANSWER_TOO_LARGE: 'Svaret blev för stort för servern att skicka.',
  INTERNAL_SERVER_ERROR: 'Ett oväntat fel uppstod på servern.',
};

export function granskningsmeddelande(code: string, message: string): string {
  return meddelanden[code] ?? message;
}

/** The same problems, with Swedish messages where the code is known. */
export function svenskaProblem(problems: OperationProblems): OperationProblems {
  return {
    ...problems,
    refused: problems.refused.map((error) => ({ ...error, message: granskningsmeddelande(error.code, error.message) })),
    other: problems.other.map((error) => ({ ...error, message: granskningsmeddelande(error.code, error.message) })),
  };
}
