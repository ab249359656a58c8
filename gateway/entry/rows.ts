// The entry subgraph only knows a patient's id: every huvudman adds its own part.
export interface PatientRow {
  id: string;
}
