// Turns the synthetic world's kommun slice into table rows. Pure, so the
// mapping (and the consistency checks the foreign keys would otherwise report
// less clearly) can be tested without a database.
import type { Insertable } from 'kysely';
import type { KommunSlice } from '../../common/seed/World.js';
import type {
  BoendeTable,
  BoendeVistelseTable,
  HemsjukvardInsatsTable,
  HemsjukvardInskrivningTable,
  HemtjanstBeslutTable,
  PatientTable,
} from '../database.js';

/** Rows per table, in an order that satisfies the foreign keys when inserted first to last. */
export interface KommunSeedRows {
  boende: Insertable<BoendeTable>[];
  patient: Insertable<PatientTable>[];
  hemsjukvard_inskrivning: Insertable<HemsjukvardInskrivningTable>[];
  hemsjukvard_insats: Insertable<HemsjukvardInsatsTable>[];
  hemtjanst_beslut: Insertable<HemtjanstBeslutTable>[];
  boende_vistelse: Insertable<BoendeVistelseTable>[];
}

export function kommunSeedRows(slice: KommunSlice): KommunSeedRows {
  const boendeKommunkod = new Map(slice.boenden.map((boende) => [boende.id, boende.kommunkod]));
  return {
    boende: slice.boenden.map((boende) => ({
      id: boende.id,
      namn: boende.namn,
      kommunkod: boende.kommunkod,
      naromrade_id: boende.naromradeId,
      typ: boende.typ,
      antal_platser: boende.antalPlatser,
    })),
    patient: slice.patienter.map((patient) => ({
      personnummer: patient.personnummer,
      kommunkod: patient.kommunkod,
      naromrade_id: patient.naromradeId,
    })),
    hemsjukvard_inskrivning: slice.hemsjukvardInskrivningar.map((inskrivning) => ({
      id: inskrivning.id,
      personnummer: inskrivning.personnummer,
      kommunkod: inskrivning.kommunkod,
      inskriven_fran: inskrivning.inskrivenFran,
      utskriven_datum: inskrivning.utskrivenDatum,
      sjukskoterska_hsa_id: inskrivning.ansvarigSjukskoterska.hsaId,
      sjukskoterska_namn: inskrivning.ansvarigSjukskoterska.namn,
    })),
    hemsjukvard_insats: slice.hemsjukvardInskrivningar.flatMap((inskrivning) =>
      inskrivning.insatser.map((insats) => ({
        inskrivning_id: inskrivning.id,
        kommunkod: inskrivning.kommunkod,
        typ: insats.typ,
        besok_per_vecka: insats.besokPerVecka,
      })),
    ),
    hemtjanst_beslut: slice.hemtjanstBeslut.map((beslut) => ({
      id: beslut.id,
      personnummer: beslut.personnummer,
      kommunkod: beslut.kommunkod,
      beslutsdatum: beslut.beslutsdatum,
      giltig_till: beslut.giltigTill,
      beviljade_timmar_per_manad: beslut.beviljadeTimmarPerManad,
      utforare_namn: beslut.utforare.namn,
      utforare_regi: beslut.utforare.regi,
      insatser: beslut.insatser,
    })),
    boende_vistelse: slice.boendeVistelser.map((vistelse) => {
      const kommunkod = boendeKommunkod.get(vistelse.boendeId);
      // A seed error, not a user error: the synthetic world must be consistent.
      if (!kommunkod) throw new Error(`seed: boende vistelse ${vistelse.id} refers to unknown boende ${vistelse.boendeId}`);
      return {
        id: vistelse.id,
        personnummer: vistelse.personnummer,
        boende_id: vistelse.boendeId,
        kommunkod,
        fran: vistelse.fran,
        till: vistelse.till,
      };
    }),
  };
}
