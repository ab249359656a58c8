// A närområde id in the URL that names no närområde. The id is not repeated:
// a link may carry anything (even a personnummer) to a role that must not see it.
import { Tomt } from './OperationStatus.js';

export function OkantNaromrade() {
  return <Tomt>Det valda närområdet finns inte. Välj ett i listan ovan.</Tomt>;
}
