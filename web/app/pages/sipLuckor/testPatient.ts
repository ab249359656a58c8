// A worklist patient for the SIP-gap tests: insatser from both huvudmän, an
// active SIP in follow-up and a fast läkarkontakt, changed as a test needs.
import type { arbetslista } from './arbetslista.js';

export type Patient = Parameters<typeof arbetslista>[0][number];

export function testPatient(id: string, changes: Partial<Patient> = {}): Patient {
  return {
    id,
    sparradInformationFinns: false,
    hemsjukvard: null,
    hemtjanst: { id: `htj-${id}`, beviljadeTimmarPerManad: 12, insatser: ['SERVICE'] },
    boende: null,
    sipar: [{ id: `sip-${id}`, status: 'UPPFOLJNING', version: 1, nastaUppfoljning: '2026-12-01', forsenadUppfoljning: false }],
    listning: { vardcentral: { namn: 'Närhälsan Hjällbo vårdcentral' } },
    fastLakarkontakt: { fran: '2023-05-15', lakare: { namn: 'Doktor Exempel' } },
    ...changes,
  };
}
