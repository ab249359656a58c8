// Every read of the region's patient-level data goes through this module:
// per patient (listning, fast läkarkontakt, team episodes) and per närområde
// (the patients with a region insats, as a count or as pseudonyms).
// ACCESS SEAM: the access rules and the access log hook in here, in one place.
import type { Kysely } from 'kysely';
import { createGroupLoader, createRowLoader } from '../../common/database/loaders.js';
import { patientPseudonym } from '../../common/identifiers/patientPseudonym.js';
import type { VgrDatabase } from '../database.js';
import type { FastLakarkontaktRow, ListningRow, NarsjukvardsteamEpisodRow } from '../rows.js';
import { anyOf } from './anyOf.js';

export interface RegioninsatsCount {
  naromradeId: string;
  antal: number;
}

interface RegioninsatsPseudonym {
  naromradeId: string;
  pseudonym: string;
}

/**
 * The patients listed at a vårdcentral of the given närområden who have a
 * fast läkarkontakt or an ongoing (no end date) närsjukvårdsteam episode.
 * The count and the pseudonyms both come from here, so they always agree.
 */
function patienterMedRegioninsats(db: Kysely<VgrDatabase>, naromradeIds: readonly string[]) {
  return db
    .selectFrom('listning')
    .innerJoin('vardcentral', 'vardcentral.hsa_id', 'listning.vardcentral_hsa_id')
    .where('vardcentral.naromrade_id', '=', anyOf(naromradeIds))
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('fast_lakarkontakt')
            .select('fast_lakarkontakt.personnummer')
            .whereRef('fast_lakarkontakt.personnummer', '=', 'listning.personnummer'),
        ),
        eb.exists(
          eb
            .selectFrom('narsjukvardsteam_episod')
            .select('narsjukvardsteam_episod.id')
            .whereRef('narsjukvardsteam_episod.personnummer', '=', 'listning.personnummer')
            .where('narsjukvardsteam_episod.slutdatum', 'is', null),
        ),
      ]),
    );
}

export function createPatientLoaders(db: Kysely<VgrDatabase>, pseudonymKey: string) {
  return {
    listningByPersonnummer: createRowLoader<string, ListningRow>(
      (personnummer) =>
        db
          .selectFrom('listning')
          .select(['personnummer', 'vardcentral_hsa_id as vardcentralHsaId', 'listad_sedan as listadSedan'])
          .where('personnummer', '=', anyOf(personnummer))
          .execute(),
      (row) => row.personnummer,
    ),
    fastLakarkontaktByPersonnummer: createRowLoader<string, FastLakarkontaktRow>(
      (personnummer) =>
        db
          .selectFrom('fast_lakarkontakt')
          .select(['personnummer', 'lakare_hsa_id as lakareHsaId', 'fran'])
          .where('personnummer', '=', anyOf(personnummer))
          .execute(),
      (row) => row.personnummer,
    ),
    /** Newest first. */
    narsjukvardsteamEpisoderByPersonnummer: createGroupLoader<string, NarsjukvardsteamEpisodRow>(
      (personnummer) =>
        db
          .selectFrom('narsjukvardsteam_episod')
          .select(['id', 'personnummer', 'team_id as teamId', 'startdatum', 'slutdatum', 'orsak'])
          .where('personnummer', '=', anyOf(personnummer))
          .orderBy('startdatum', 'desc')
          .orderBy('id', 'desc')
          .execute(),
      (row) => row.personnummer,
    ),
    /** Only närområden with at least one such patient get a row; the resolver reads a missing row as 0. */
    antalPatienterMedRegioninsatsByNaromradeId: createRowLoader<string, RegioninsatsCount>(
      (naromradeIds) =>
        patienterMedRegioninsats(db, naromradeIds)
          .select(['vardcentral.naromrade_id as naromradeId', (eb) => eb.fn.countAll<number>().as('antal')])
          .groupBy('vardcentral.naromrade_id')
          .execute(),
      (row) => row.naromradeId,
    ),
    /** Sorted pseudonyms, so the list reveals nothing about the order of the underlying rows. */
    regioninsatsPseudonymerByNaromradeId: createGroupLoader<string, RegioninsatsPseudonym>(
      async (naromradeIds) => {
        const rows = await patienterMedRegioninsats(db, naromradeIds)
          .select(['vardcentral.naromrade_id as naromradeId', 'listning.personnummer'])
          .execute();
        return rows
          .map((row) => ({ naromradeId: row.naromradeId, pseudonym: patientPseudonym(row.personnummer, pseudonymKey) }))
          .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0));
      },
      (row) => row.naromradeId,
    ),
  };
}
