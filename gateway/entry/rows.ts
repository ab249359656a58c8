// The entry subgraph only knows a patient's id, plus the two spärr flags the
// gateway fetches from the region and the kommun to answer sparradInformationFinns.
export interface PatientRow {
  id: string;
  harSparradRegioninformation?: boolean | null;
  harSparradKommuninformation?: boolean | null;
}
