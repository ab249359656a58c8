// The content hash of a report (sha256 of its normalised fields, without the
// client key): a retry with the same key and hash is the same report; the same
// key with another hash is a different report and refused as a CONFLICT.
import { createHash } from 'node:crypto';
import type { ValidAvvikelseRapport } from './validateRapporteraAvvikelse.js';

export function avvikelseInnehallshash(rapport: ValidAvvikelseRapport): string {
  // A fixed field order (an array, not an object) keeps the hash stable across code changes.
  const content = [
    rapport.kategori,
    rapport.handelsedatum,
    rapport.rapporterandeHuvudman,
    rapport.rapporterandeEnhetHsaId,
    rapport.mottagandeHuvudman,
    rapport.naromradeId,
    rapport.beskrivning,
    rapport.personnummer,
    // Appended only when given, so the hashes of reports stored before the field existed still match their retries.
    ...(rapport.mottagandeEnhetHsaId === null ? [] : [rapport.mottagandeEnhetHsaId]),
  ];
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}
