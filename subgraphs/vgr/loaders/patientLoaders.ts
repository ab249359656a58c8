// Every read of the region's patient-level data goes through this module:
// per patient (listning, fast läkarkontakt, team episodes) and per närområde
// (the patients with a region insats, as a count or as pseudonyms) and per
// vårdcentral (the pseudonyms of those listed there).
//
// ACCESS SEAM. Per patient, the region decides with the one rule
// (`decidePatientAccess`, data-holding huvudman `VGR` for every row) from one
// batched lookup of what the region holds about the patients of the request
// and whether they have a spärr here, and records each read in the access
// log (one row per patient and outcome, however many fields were read):
//  - NEKAD: the field is null with the decision's error (FORBIDDEN or
//    ATKOMSTGRUND_SAKNAS), whether or not the region holds anything, so the
//    error tells nothing about the patient; nothing is read;
//  - FILTRERAD (spärr): the field is null without an error; nothing is read;
//  - TILLATEN: the data.
// A patient the region holds nothing about (no listning, läkarkontakt or
// episode) gets no log row: nothing of theirs was read.
// The raw per-patient loaders are private to this module, so no resolver can
// read patient data past the check. Per närområde only counts (suppressed by
// the resolver) and pseudonyms leave; no personnummer, no log row.
import DataLoader from 'dataloader';
import { sql, type Kysely } from 'kysely';
import type { AtkomstloggRecorder } from '../../common/atkomstlogg/AtkomstloggRecorder.js';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import { mayReadPatientData, type Identity } from '../../../platform/auth/Identity.js';
import { decidePatientAccess, type PatientAccessDecision } from '../../../platform/auth/patientAccess.js';
import { atkomstgrundSaknas, forbidden } from '../../../platform/auth/requireAccess.js';
import { createGroupLoader, createRecentGroupLoader, createRecentRowLoader, createRowLoader } from '../../common/database/loaders.js';
import { reusableQuery } from '../../common/database/reusableQuery.js';
import { sharedRecentResults } from '../../common/database/recentResults.js';
import { regionHuvudman } from '../../../platform/identifiers/huvudman.js';
import { patientPseudonym } from '../../../platform/identifiers/patientPseudonym.js';
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

/** The first day of the year up to `today` (ISO dates): a visit since then is recent. */
export function yearBefore(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00.000Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The patients listed at a vårdcentral of the given närområden who have a
 * fast läkarkontakt, an ongoing (no end date) närsjukvårdsteam episode, or a
 * visit at the vårdcentral within the last year (`today` is the request's day).
 * The count and the pseudonyms both come from here, so they always agree.
 */
function patienterMedRegioninsats(db: Kysely<VgrDatabase>, naromradeIds: readonly string[], today: string) {
  return db
    .selectFrom('listning')
    .innerJoin('vardcentral', 'vardcentral.hsa_id', 'listning.vardcentral_hsa_id')
    .where('vardcentral.naromrade_id', '=', anyOf(naromradeIds))
    .where((eb) =>
      eb.or([
        eb('listning.senaste_vardkontakt', '>', yearBefore(today)),
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

/** The parts of the request context the access decision and the log need. */
export interface PatientReadRequest {
  identity: Identity;
  atkomstgrund: Atkomstgrund | null;
  atkomstlogg: AtkomstloggRecorder;
}

/** Information categories in the access log, one per patient-level field. */
export type RegionKategori = 'listning' | 'fastLakarkontakt' | 'narsjukvardsteamEpisoder';

interface PatientStatus {
  personnummer: string;
  /** Whether the region holds any patient-level row about the patient. */
  harData: boolean;
  /** Whether the patient has a spärr at the region. */
  sparr: boolean;
}

interface RegionPatientAccess {
  harData: boolean;
  decision: PatientAccessDecision;
}

/**
 * One statement for a whole batch: per patient, whether the region holds anything and whether a spärr is
 * registered. `OFFSET 0` keeps each EXISTS a primary-key probe: without it PostgreSQL turns them into hashed
 * subplans that read all of listning for every batch, many times slower (EXPLAIN ANALYZE, PostgreSQL 15).
 */
const loadPatientStatus = reusableQuery(
  (_db: Kysely<VgrDatabase>, personnummer: readonly string[]) => sql<PatientStatus>`
    SELECT
      k.personnummer,
      (EXISTS (SELECT 1 FROM listning l WHERE l.personnummer = k.personnummer OFFSET 0)
        OR EXISTS (SELECT 1 FROM fast_lakarkontakt f WHERE f.personnummer = k.personnummer OFFSET 0)
        OR EXISTS (SELECT 1 FROM narsjukvardsteam_episod e WHERE e.personnummer = k.personnummer OFFSET 0)) AS "harData",
      EXISTS (SELECT 1 FROM sparr s WHERE s.personnummer = k.personnummer OFFSET 0) AS sparr
    FROM unnest(${personnummer}::text[]) AS k(personnummer)
  `,
);

const selectListning = reusableQuery((db: Kysely<VgrDatabase>, personnummer: readonly string[]) =>
  db
    .selectFrom('listning')
    .select(['personnummer', 'vardcentral_hsa_id as vardcentralHsaId', 'listad_sedan as listadSedan'])
    .where('personnummer', '=', anyOf(personnummer)),
);
const selectFastLakarkontakt = reusableQuery((db: Kysely<VgrDatabase>, personnummer: readonly string[]) =>
  db
    .selectFrom('fast_lakarkontakt')
    .select(['personnummer', 'lakare_hsa_id as lakareHsaId', 'fran'])
    .where('personnummer', '=', anyOf(personnummer)),
);
/** Newest first. */
const selectNarsjukvardsteamEpisoder = reusableQuery((db: Kysely<VgrDatabase>, personnummer: readonly string[]) =>
  db
    .selectFrom('narsjukvardsteam_episod')
    .select(['id', 'personnummer', 'team_id as teamId', 'startdatum', 'slutdatum', 'orsak'])
    .where('personnummer', '=', anyOf(personnummer))
    .orderBy('startdatum', 'desc')
    .orderBy('id', 'desc'),
);

/**
 * The region's patient-level reads for one request, each access-checked and
 * logged. Keys are personnummer already validated (Patient.__resolveReference).
 */
export function createPatientReads(db: Kysely<VgrDatabase>, request: PatientReadRequest) {
  const { identity, atkomstgrund, atkomstlogg } = request;

  const accessByPersonnummer = new DataLoader<string, RegionPatientAccess>(async (keys) => {
    const statuses = new Map((await loadPatientStatus(db, keys)).map((status) => [status.personnummer, status]));
    return keys.map((personnummer) => {
      const status = statuses.get(personnummer);
      return {
        harData: status?.harData ?? false,
        decision: decidePatientAccess({ identity, dataHuvudman: regionHuvudman, atkomstgrund, sparr: status?.sparr ?? false }),
      };
    });
  });

  const listningByPersonnummer = createRowLoader<string, ListningRow>(
    (personnummer) => selectListning(db, personnummer),
    (row) => row.personnummer,
  );
  const fastLakarkontaktByPersonnummer = createRowLoader<string, FastLakarkontaktRow>(
    (personnummer) => selectFastLakarkontakt(db, personnummer),
    (row) => row.personnummer,
  );
  const narsjukvardsteamEpisoderByPersonnummer = createGroupLoader<string, NarsjukvardsteamEpisodRow>(
    (personnummer) => selectNarsjukvardsteamEpisoder(db, personnummer),
    (row) => row.personnummer,
  );

  /** Decides, logs, then reads (only when allowed and the region holds something). */
  async function read<Value>(personnummer: string, kategori: RegionKategori, load: () => Promise<Value>, nothingHeld: Value): Promise<Value | null> {
    const { harData, decision } = await accessByPersonnummer.load(personnummer);
    if (harData) atkomstlogg.record({ patientId: personnummer, dataHuvudman: regionHuvudman, kategori, atgard: 'LASNING', decision });
    switch (decision.resultat) {
      case 'NEKAD':
        throw decision.code === 'FORBIDDEN' ? forbidden('Your role may not read patient-level data.') : atkomstgrundSaknas(regionHuvudman);
      case 'FILTRERAD':
        return null;
      case 'TILLATEN':
        return harData ? load() : nothingHeld;
    }
  }

  return {
    listning: (personnummer: string) => read(personnummer, 'listning', () => listningByPersonnummer.load(personnummer), null),
    fastLakarkontakt: (personnummer: string) =>
      read(personnummer, 'fastLakarkontakt', () => fastLakarkontaktByPersonnummer.load(personnummer), null),
    narsjukvardsteamEpisoder: (personnummer: string) =>
      read(personnummer, 'narsjukvardsteamEpisoder', () => narsjukvardsteamEpisoderByPersonnummer.load(personnummer), []),
    /**
     * Whether a spärr at the region hides the patient's data from this reader
     * (the decision is FILTRERAD). Not patient data itself, so not logged; null
     * for readers who may not read patient data at all.
     */
    async harSparradInformation(personnummer: string): Promise<boolean | null> {
      if (!mayReadPatientData(identity)) return null;
      return (await accessByPersonnummer.load(personnummer)).decision.resultat === 'FILTRERAD';
    },
  };
}

export type PatientReads = ReturnType<typeof createPatientReads>;

/** Per närområde: the patients with a region insats, as a count or as pseudonyms (never personnummer). */
// The counts and pseudonym lists are the same for every reader (no personnummer leaves): a NOSAM view opened by
// many at once computes them once per half minute (common/database/recentResults.ts).
export function createRegioninsatsLoaders(db: Kysely<VgrDatabase>, pseudonymKey: string, today: string) {
  const listadePseudonymer = createRecentGroupLoader<string, { vardcentralHsaId: string; pseudonym: string }>(
    sharedRecentResults(db, 'listadePseudonymer'),
    async (hsaIds) => {
      const rows = await db
        .selectFrom('listning')
        .select(['vardcentral_hsa_id as vardcentralHsaId', 'personnummer'])
        .where('vardcentral_hsa_id', '=', anyOf(hsaIds))
        .execute();
      return rows.map((row) => ({ vardcentralHsaId: row.vardcentralHsaId, pseudonym: patientPseudonym(row.personnummer, pseudonymKey) }));
    },
    (row) => row.vardcentralHsaId,
  );
  return {
    /** Only närområden with at least one such patient get a row; the resolver reads a missing row as 0. */
    antalPatienterMedRegioninsatsByNaromradeId: createRecentRowLoader<string, RegioninsatsCount>(
      sharedRecentResults(db, `antalPatienterMedRegioninsats:${today}`),
      (naromradeIds) =>
        patienterMedRegioninsats(db, naromradeIds, today)
          .select(['vardcentral.naromrade_id as naromradeId', (eb) => eb.fn.countAll<number>().as('antal')])
          .groupBy('vardcentral.naromrade_id')
          .execute(),
      (row) => row.naromradeId,
    ),
    /** Sorted pseudonyms, so the list reveals nothing about the order of the underlying rows. */
    regioninsatsPseudonymerByNaromradeId: createRecentGroupLoader<string, RegioninsatsPseudonym>(
      sharedRecentResults(db, `regioninsatsPseudonymer:${today}`),
      async (naromradeIds) => {
        const rows = await patienterMedRegioninsats(db, naromradeIds, today)
          .select(['vardcentral.naromrade_id as naromradeId', 'listning.personnummer'])
          .execute();
        return rows
          .map((row) => ({ naromradeId: row.naromradeId, pseudonym: patientPseudonym(row.personnummer, pseudonymKey) }))
          .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0));
      },
      (row) => row.naromradeId,
    ),
    /** The pseudonyms of the patients listed at each vårdcentral, as a set: a boende's residents are matched against it. */
    listadePseudonymerByVardcentral: new DataLoader<string, ReadonlySet<string>>(async (hsaIds) => {
      const groups = await listadePseudonymer.loadMany(hsaIds);
      return groups.map((rows) => (rows instanceof Error ? rows : new Set(rows.map((row) => row.pseudonym))));
    }),
  };
}
