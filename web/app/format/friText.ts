// Free text that must say what happened, not who: the browser points out a
// personnummer while the user types, with the very rule the server refuses by
// (the server's answer stays the final word).
export { containsPersonnummer } from '../../../platform/identifiers/containsPersonnummer.js';
