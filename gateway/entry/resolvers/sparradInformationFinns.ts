// Whether any huvudman holds information a spärr hides from this reader. Each
// huvudman answers for its own data; the reader learns only that something is
// blocked, not where or what.

export function sparradInformationFinns(region: boolean | null | undefined, kommun: boolean | null | undefined): boolean | null {
  if (region === true || kommun === true) return true;
  // Unknown when a huvudman did not answer (or the reader may not read patient data).
  if (region === false && kommun === false) return false;
  return null;
}
