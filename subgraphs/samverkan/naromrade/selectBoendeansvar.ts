// The one select list for boendeansvar rows, shared by the loaders by plan,
// by boende and by vårdcentral.
import type { Kysely } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function selectBoendeansvar(db: Kysely<SamverkanDatabase>) {
  return db
    .selectFrom('boendeansvar')
    .select([
      'boendeansvar.id',
      'boendeansvar.plan_id as planId',
      'boendeansvar.boende_id as boendeId',
      'boendeansvar.vardcentral_hsa_id as vardcentralHsaId',
      'boendeansvar.lakare_hsa_id as lakareHsaId',
      'boendeansvar.lakarmedverkan_timmar_per_vecka as lakarmedverkanTimmarPerVecka',
      'boendeansvar.rondfrekvens',
      'boendeansvar.kontaktperson_namn as kontaktpersonNamn',
      'boendeansvar.kontaktperson_telefon as kontaktpersonTelefon',
    ]);
}

/** Boendeansvar rows of plans in force on `today` (inclusive bounds, as in planInForce.ts). */
export function selectBoendeansvarInForce(db: Kysely<SamverkanDatabase>, today: string) {
  return selectBoendeansvar(db)
    .innerJoin('naromradesplan', 'naromradesplan.id', 'boendeansvar.plan_id')
    .where('naromradesplan.giltig_fran', '<=', today)
    .where((eb) => eb.or([eb('naromradesplan.giltig_till', 'is', null), eb('naromradesplan.giltig_till', '>=', today)]));
}
