// The one select list for avvikelser, mapping the table to `AvvikelseRow`
// (the personnummer is selected, but only loaders/patientDataLoaders.ts hands it out).
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function selectAvvikelse(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('avvikelse')
    .select([
      'avvikelse.id',
      'avvikelse.kategori',
      'avvikelse.status',
      'avvikelse.handelsedatum',
      'avvikelse.rapporterad_tid as rapporteradTid',
      'avvikelse.rapporterande_huvudman as rapporterandeHuvudman',
      'avvikelse.rapporterande_enhet_hsa_id as rapporterandeEnhetHsaId',
      'avvikelse.mottagande_huvudman as mottagandeHuvudman',
      'avvikelse.naromrade_id as naromradeId',
      'avvikelse.kommunkod',
      'avvikelse.vardsamverkansomrade_id as vardsamverkansomradeId',
      'avvikelse.beskrivning',
      'avvikelse.personnummer',
      'avvikelse.version',
      'avvikelse.mottagen_tid as mottagenTid',
      'avvikelse.mottagande_enhet_hsa_id as mottagandeEnhetHsaId',
      'avvikelse.aterkopplad_tid as aterkoppladTid',
      'avvikelse.avvisad_anledning as avvisadAnledning',
      'avvikelse.systemfel_niva as systemfelNiva',
    ]);
}
