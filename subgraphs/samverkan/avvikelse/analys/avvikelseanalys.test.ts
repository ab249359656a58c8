// Query.avvikelseanalys end to end in process: an in-memory PGlite with the
// samverkan migrations and a small hand-built world (four närområden), filled
// with avvikelser whose dates and times are known. Counts, percentiles and the
// overdue share are checked against an independent computation in TypeScript;
// hand-made rows in Härryda pin the protection and the 60-day rule.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { sql, type Kysely } from 'kysely';
import type { Identity } from '../../../../platform/auth/Identity.js';
import type { Database } from '../../../common/database/openDatabase.js';
import type { World } from '../../../common/seed/World.js';
import { startInProcessSubgraph, testRequestContext, type InProcessSubgraph } from '../../../common/testing/inProcessSubgraph.js';
import { testIdentity } from '../../../../platform/testing/testIdentity.js';
import { createSamverkanContext, type SamverkanContext } from '../../context.js';
import type { SamverkanDatabase } from '../../database.js';
import type { AvvikelseanalysInput, AvvikelseDimension } from '../../generated/resolvers.js';
import { createSamverkanSubgraph } from '../../samverkanSubgraph.js';
import { analysReasons, parseAvvikelseanalysInput } from './parseAvvikelseanalysInput.js';
import { protectCount } from './protectCounts.js';
import { forgetRecentAnalyses } from './recentAnalysisRows.js';
import { runAvvikelseanalys } from './runAvvikelseanalys.js';
import { defaultSuppressionThreshold } from '../../../common/suppression/suppressSmallCount.js';

// The resolver reads SAMSYN_MIN_ANTAL when it loads; these tests are written for the default, 5.
vi.hoisted(() => {
  delete process.env['SAMSYN_MIN_ANTAL'];
});

const today = '2026-11-01';
const now = () => new Date(`${today}T10:00:00.000Z`);
const threshold = 5;

// ------------------------------------------------------------------ the world

interface Omrade {
  naromradeId: string;
  kommunkod: string;
  vardsamverkansomradeId: string;
}

const angered: Omrade = { naromradeId: '1480-angered', kommunkod: '1480', vardsamverkansomradeId: 'goteborgsomradet' };
const centrum: Omrade = { naromradeId: '1480-centrum', kommunkod: '1480', vardsamverkansomradeId: 'goteborgsomradet' };
const boras: Omrade = { naromradeId: '1490-boras', kommunkod: '1490', vardsamverkansomradeId: 'sodra-alvsborg' };
const harryda: Omrade = { naromradeId: '1401-harryda', kommunkod: '1401', vardsamverkansomradeId: 'goteborgsomradet' };

/** Only the samverkan slice is written by the samverkan seed; the other slices stay unread. */
const world = {
  scale: 'small',
  referenceDate: today,
  vgr: {} as World['vgr'],
  kommun: {} as World['kommun'],
  samverkan: {
    naromraden: [angered, centrum, boras, harryda].map((omrade) => ({ id: omrade.naromradeId, namn: omrade.naromradeId, kommunkod: omrade.kommunkod })),
    naromradesplaner: [],
    boendeansvar: [],
    atgarder: [],
    avvikelser: [],
    sipar: [],
    moten: [],
  },
} satisfies World;

interface TestAvvikelse {
  id: string;
  omrade: Omrade;
  kategori: string;
  status: string;
  handelsedatum: string;
  rapporterande: string;
  mottagande: string;
  enhet: string;
  rapporteradTid: string;
  mottagenTid: string | null;
  aterkoppladTid: string | null;
}

const dayMs = 86_400_000;
const plusMinutes = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString();
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** Deterministic pseudo-random numbers (a linear congruential generator), so failures can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return { int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), pick: <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]! };
}

const kategorier = ['INFORMATIONSOVERFORING', 'LAKEMEDEL', 'IN_OCH_UTSKRIVNING', 'SIP'] as const;
const statusar = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD', 'AVSLUTAD', 'AVVISAD'] as const;

/** `count` avvikelser in an area with händelsedatum from `from` over `days` days, times at any hour (Swedish midnight included). */
function generate(omrade: Omrade, count: number, from: string, days: number, seed: number): TestAvvikelse[] {
  const random = generator(seed);
  return Array.from({ length: count }, (_, index) => {
    const handelsedatum = plusDays(from, random.int(0, days - 1));
    const kommunReports = random.int(0, 1) === 1;
    const status = random.pick(statusar);
    const rapporteradTid = plusMinutes(`${handelsedatum}T00:00:00.000Z`, random.int(0, 5 * 24 * 60));
    const received = status !== 'RAPPORTERAD' && !(status === 'AVVISAD' && random.int(0, 1) === 0);
    const mottagenTid = received ? plusMinutes(rapporteradTid, random.int(0, 4 * 24 * 60)) : null;
    const aterkoppladTid = mottagenTid && (status === 'ATERKOPPLAD' || status === 'AVSLUTAD') ? plusMinutes(mottagenTid, random.int(60, 100 * 24 * 60)) : null;
    return {
      id: `t-${omrade.naromradeId}-${seed}-${index}`,
      omrade,
      kategori: random.pick(kategorier),
      status,
      handelsedatum,
      rapporterande: kommunReports ? omrade.kommunkod : 'VGR',
      mottagande: kommunReports ? 'VGR' : omrade.kommunkod,
      enhet: kommunReports ? `SE212000${omrade.kommunkod}-E${random.int(1, 3)}` : `SE2321000131-E${random.int(1, 3)}`,
      rapporteradTid,
      mottagenTid,
      aterkoppladTid,
    };
  });
}

/**
 * Härryda, January–March 2026: 3 LAKEMEDEL, 7 INFORMATIONSOVERFORING, 8 SIP,
 * each chosen for the 60-day rule; and two in the 90 days before.
 */
function harrydaRows(): TestAvvikelse[] {
  const row = (id: string, kategori: string, status: string, handelsedatum: string, mottagenTid: string | null, aterkoppladTid: string | null, rapporteradTid = `${handelsedatum}T08:00:00.000Z`): TestAvvikelse => ({
    id: `h-${id}`,
    omrade: harryda,
    kategori,
    status,
    handelsedatum,
    rapporterande: '1401',
    mottagande: 'VGR',
    enhet: 'SE2120001401-E1',
    rapporteradTid,
    mottagenTid,
    aterkoppladTid,
  });
  const days = (from: string, count: number) => new Date(Date.parse(from) + count * dayMs).toISOString();
  return [
    row('1', 'LAKEMEDEL', 'RAPPORTERAD', '2026-01-02', null, null), // not received
    row('2', 'LAKEMEDEL', 'AVVISAD', '2026-01-02', '2026-01-05T10:00:00.000Z', null), // received, refused: not overdue
    row('3', 'LAKEMEDEL', 'UNDER_UTREDNING', '2026-01-08', '2026-01-10T10:00:00.000Z', null), // open since January: overdue
    row('4', 'INFORMATIONSOVERFORING', 'ATERKOPPLAD', '2026-01-01', '2026-01-02T10:00:00.000Z', days('2026-01-02T10:00:00.000Z', 10)),
    row('5', 'INFORMATIONSOVERFORING', 'ATERKOPPLAD', '2026-01-01', '2026-01-03T10:00:00.000Z', days('2026-01-03T10:00:00.000Z', 20)),
    row('6', 'INFORMATIONSOVERFORING', 'AVSLUTAD', '2026-01-01', '2026-01-04T10:00:00.000Z', days('2026-01-04T10:00:00.000Z', 30)),
    // Received 1 Feb, last day 2 April: återkoppling on the last day is in time (60.25 days) …
    row('7', 'INFORMATIONSOVERFORING', 'ATERKOPPLAD', '2026-01-30', '2026-02-01T09:00:00.000Z', '2026-04-02T15:00:00.000Z'),
    // … the day after is late, although less than 61 × 24 hours have passed (60.96 days).
    row('8', 'INFORMATIONSOVERFORING', 'ATERKOPPLAD', '2026-01-30', '2026-02-01T09:00:00.000Z', '2026-04-03T08:00:00.000Z'),
    // An event in March reported in September: still within its 60 days today.
    row('9', 'INFORMATIONSOVERFORING', 'MOTTAGEN', '2026-03-30', '2026-09-20T10:00:00.000Z', null, '2026-09-15T08:00:00.000Z'),
    // Received 23:30 UTC = 00:30 on 21 February in Sweden; open, so overdue.
    row('10', 'INFORMATIONSOVERFORING', 'ATGARDAD', '2026-02-18', '2026-02-20T23:30:00.000Z', null),
    ...[5, 6, 7, 8, 9, 40, 45, 90].map((count, index) => {
      const mottagen = `2026-01-${String(11 + index).padStart(2, '0')}T10:00:00.000Z`;
      return row(String(11 + index), 'SIP', 'AVSLUTAD', '2026-01-10', mottagen, days(mottagen, count));
    }),
    // The previous period (2025-10-03 … 2025-12-31).
    row('p1', 'SIP', 'ATERKOPPLAD', '2025-11-01', '2025-11-02T10:00:00.000Z', days('2025-11-02T10:00:00.000Z', 12)),
    row('p2', 'SIP', 'MOTTAGEN', '2025-12-31', '2026-01-02T10:00:00.000Z', null),
  ];
}

async function insertAvvikelser(db: Kysely<any>, rows: readonly TestAvvikelse[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const values = rows.slice(start, start + 500).map(
      (row) => sql`(${row.id}, ${row.kategori}, ${row.status}, ${row.handelsedatum}::date, ${row.rapporteradTid}::timestamptz,
        ${row.rapporterande}, ${row.enhet}, ${row.mottagande}, ${row.omrade.naromradeId}, ${row.omrade.kommunkod},
        ${row.omrade.vardsamverkansomradeId}, 'Testhändelse.', ${row.mottagenTid}::timestamptz, ${row.aterkoppladTid}::timestamptz)`,
    );
    await sql`INSERT INTO avvikelse (id, kategori, status, handelsedatum, rapporterad_tid, rapporterande_huvudman,
      rapporterande_enhet_hsa_id, mottagande_huvudman, naromrade_id, kommunkod, vardsamverkansomrade_id, beskrivning,
      mottagen_tid, aterkopplad_tid) VALUES ${sql.join(values)}`.execute(db);
  }
}

// --------------------------------------------- the independent computation

interface Expected {
  total: number;
  cells: Map<string, number>;
  mottagna: number;
  forsenade: number;
  dagar: number[];
}

const swedishDate = (instant: string) => new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function isOverdue(row: TestAvvikelse): boolean {
  if (row.mottagenTid === null) return false;
  const lastDay = plusDays(swedishDate(row.mottagenTid), 60);
  if (row.aterkoppladTid !== null) return swedishDate(row.aterkoppladTid) > lastDay;
  return ['MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'].includes(row.status) && today > lastDay;
}

function cellKey(values: Record<string, string | null>): string {
  return JSON.stringify(values);
}

function dimensionValues(row: TestAvvikelse, gruppera: readonly AvvikelseDimension[]): Record<string, string | null> {
  const has = (dimension: AvvikelseDimension) => gruppera.includes(dimension);
  return {
    kategori: has('KATEGORI') ? row.kategori : null,
    manad: has('MANAD') ? row.handelsedatum.slice(0, 7) : null,
    rapporterande: has('RIKTNING') ? row.rapporterande : null,
    mottagande: has('RIKTNING') ? row.mottagande : null,
    enhet: has('ENHET') ? row.enhet : null,
    status: has('STATUS') ? row.status : null,
  };
}

function expectedFor(rows: readonly TestAvvikelse[], input: { niva: string; omradeId?: string | null; fran: string; till: string; gruppera: readonly AvvikelseDimension[] }): Expected {
  const inArea = (row: TestAvvikelse) =>
    input.niva === 'LANSGEMENSAM' ||
    (input.niva === 'LOKAL' && row.omrade.naromradeId === input.omradeId) ||
    (input.niva === 'DELREGIONAL' && row.omrade.vardsamverkansomradeId === input.omradeId);
  const selected = rows.filter((row) => inArea(row) && row.handelsedatum >= input.fran && row.handelsedatum <= input.till);
  const cells = new Map<string, number>();
  if (input.gruppera.length > 0) {
    for (const row of selected) {
      const key = cellKey(dimensionValues(row, input.gruppera));
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
  }
  return {
    total: selected.length,
    cells,
    mottagna: selected.filter((row) => row.mottagenTid !== null).length,
    forsenade: selected.filter(isOverdue).length,
    dagar: selected
      .filter((row) => row.mottagenTid !== null && row.aterkoppladTid !== null)
      .map((row) => (Date.parse(row.aterkoppladTid!) - Date.parse(row.mottagenTid!)) / dayMs),
  };
}

/** percentile_cont: linear interpolation between the two nearest ranks. */
function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

// ------------------------------------------------------------------ harness

let subgraph: InProcessSubgraph<SamverkanDatabase, SamverkanContext> | undefined;
let database: Database<SamverkanDatabase>;
let server: ApolloServer<SamverkanContext>;
let rows: TestAvvikelse[];

interface Result<Data> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

async function run<Data = any>(query: string, variables: Record<string, unknown>, identity?: Identity): Promise<Result<Data>> {
  const base = testRequestContext(identity ? { identity } : {});
  const response = await server.executeOperation<Data>({ query, variables }, { contextValue: createSamverkanContext(base, database, { suppressionThreshold: defaultSuppressionThreshold }, now) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result<Data>;
}

const analysFields = `
  niva omradeId fran till skyddsmetod undertryckningsgrans
  totalt { varde undertryckt }
  celler {
    kategori manad enhetHsaId status
    rapporterandeHuvudman { id typ namn }
    mottagandeHuvudman { id typ namn }
    antal { varde undertryckt }
  }
  tidTillAterkoppling { antal { varde undertryckt } medianDagar percentil90Dagar }
  andelForsenade`;

const analysQuery = `query Analys($input: AvvikelseanalysInput!) {
  avvikelseanalys(input: $input) { ${analysFields} foregaendePeriod { ${analysFields} foregaendePeriod { niva } } }
}`;

async function analys(input: AvvikelseanalysInput, identity?: Identity) {
  return run<{ avvikelseanalys: any }>(analysQuery, { input }, identity);
}

async function analysData(input: AvvikelseanalysInput) {
  const result = await analys(input);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.avvikelseanalys;
}

/** The API's cells keyed like the independent computation's. */
function cellsByKey(celler: any[]): Map<string, any> {
  return new Map(
    celler.map((cell) => [
      cellKey({
        kategori: cell.kategori ?? null,
        manad: cell.manad ?? null,
        rapporterande: cell.rapporterandeHuvudman?.id ?? null,
        mottagande: cell.mottagandeHuvudman?.id ?? null,
        enhet: cell.enhetHsaId ?? null,
        status: cell.status ?? null,
      }),
      cell,
    ]),
  );
}

/** Checks a protected API answer against the independent computation. */
function expectProtectedAnalysis(answer: any, expected: Expected) {
  expect(answer.undertryckningsgrans).toBe(threshold);
  expect(answer.totalt).toEqual(protectCount(expected.total, threshold));
  const cells = cellsByKey(answer.celler);
  expect([...cells.keys()].sort()).toEqual([...expected.cells.keys()].sort());
  for (const [key, count] of expected.cells) expect(cells.get(key)!.antal, key).toEqual(protectCount(count, threshold));
  const enough = expected.dagar.length >= threshold;
  expect(answer.tidTillAterkoppling).toEqual({
    antal: protectCount(expected.dagar.length, threshold),
    medianDagar: enough ? oneDecimal(percentile(expected.dagar, 0.5)) : null,
    percentil90Dagar: enough ? oneDecimal(percentile(expected.dagar, 0.9)) : null,
  });
  const small = (count: number) => count > 0 && count < threshold;
  const shareShown = expected.mottagna >= threshold && !small(expected.forsenade) && !small(expected.mottagna - expected.forsenade);
  expect(answer.andelForsenade).toBe(shareShown ? Math.round((expected.forsenade / expected.mottagna) * 100) / 100 : null);
}

beforeAll(async () => {
  subgraph = await startInProcessSubgraph(createSamverkanSubgraph({ suppressionThreshold: defaultSuppressionThreshold }), { world });
  database = subgraph.database;
  server = subgraph.server;
  // July 2025 to June 2026, so that every period below has rows before and after it.
  rows = [
    ...generate(angered, 240, '2025-07-01', 365, 1),
    ...generate(centrum, 160, '2025-07-01', 365, 2),
    ...generate(boras, 200, '2025-07-01', 365, 3),
    ...harrydaRows(),
  ];
  await insertAvvikelser(database.db, rows);
});

afterAll(async () => {
  await subgraph?.stop();
});

const q1: Pick<AvvikelseanalysInput, 'fran' | 'till'> = { fran: '2026-01-01', till: '2026-03-31' };

const levels = [
  { niva: 'LOKAL', omradeId: angered.naromradeId },
  { niva: 'DELREGIONAL', omradeId: 'goteborgsomradet' },
  { niva: 'LANSGEMENSAM', omradeId: null },
] as const;

const groupings: readonly AvvikelseDimension[][] = [
  [],
  ['KATEGORI'],
  ['MANAD'],
  ['RIKTNING'],
  ['ENHET'],
  ['STATUS'],
  ['MANAD', 'KATEGORI', 'RIKTNING'],
  ['KATEGORI', 'MANAD', 'RIKTNING', 'ENHET', 'STATUS'],
];

describe('avvikelseanalys: the SQL against an independent computation', () => {
  it('counts exactly (threshold 1) at every level and for every grouping, with each of the three query shapes', async () => {
    for (const level of levels) {
      for (const gruppera of groupings) {
        const input = { ...level, ...q1, gruppera };
        const expected = expectedFor(rows, input);
        expect(expected.total).toBeGreaterThan(0);
        const urval = parseAvvikelseanalysInput(input);
        const [single, groupingSets, separate] = await Promise.all([
          runAvvikelseanalys(database.db, urval, { threshold: 1, today, strategy: 'union-all' }),
          runAvvikelseanalys(database.db, urval, { threshold: 1, today, strategy: 'grouping-sets' }),
          runAvvikelseanalys(database.db, urval, { threshold: 1, today, strategy: 'separate' }),
        ]);
        expect(groupingSets).toEqual(single);
        expect(separate).toEqual(single);
        expect(single.totalt.varde).toBe(expected.total);
        const cells = new Map(
          single.celler.map((cell) => [
            cellKey({
              kategori: cell.kategori ?? null,
              manad: cell.manad ?? null,
              rapporterande: cell.rapporterandeHuvudman?.id ?? null,
              mottagande: cell.mottagandeHuvudman?.id ?? null,
              enhet: cell.enhetHsaId ?? null,
              status: cell.status ?? null,
            }),
            cell.antal.varde,
          ]),
        );
        expect(cells).toEqual(expected.cells);
        expect(single.tidTillAterkoppling.antal.varde).toBe(expected.dagar.length);
        expect(single.tidTillAterkoppling.medianDagar).toBe(oneDecimal(percentile(expected.dagar, 0.5)));
        expect(single.tidTillAterkoppling.percentil90Dagar).toBe(oneDecimal(percentile(expected.dagar, 0.9)));
        expect(single.andelForsenade).toBe(Math.round((expected.forsenade / expected.mottagna) * 100) / 100);
      }
    }
  });

  it('answers each level and grouping through the API, protected', async () => {
    const seen = { withheld: 0, roundedUp: 0, roundedDown: 0 };
    for (const level of levels) {
      for (const gruppera of [['KATEGORI'], ['MANAD', 'KATEGORI', 'RIKTNING'], ['ENHET', 'STATUS']] as AvvikelseDimension[][]) {
        const input = { ...level, ...q1, gruppera };
        const answer = await analysData(input);
        expect(answer).toMatchObject({ niva: level.niva, omradeId: level.omradeId, fran: q1.fran, till: q1.till, foregaendePeriod: null });
        const expected = expectedFor(rows, input);
        expectProtectedAnalysis(answer, expected);
        for (const count of expected.cells.values()) {
          if (count < threshold) seen.withheld += 1;
          else if (count % threshold !== 0) seen[count % threshold >= threshold / 2 ? 'roundedUp' : 'roundedDown'] += 1;
        }
      }
    }
    // The data exercise every branch of the protection.
    expect(seen.withheld).toBeGreaterThan(10);
    expect(seen.roundedUp).toBeGreaterThan(5);
    expect(seen.roundedDown).toBeGreaterThan(5);
  });

  it('groups by month as YYYY-MM and by direction with both huvudmän described', async () => {
    const answer = await analysData({ niva: 'DELREGIONAL', omradeId: 'sodra-alvsborg', fran: '2025-11-15', till: '2026-02-14', gruppera: ['MANAD', 'RIKTNING'] });
    expect(new Set(answer.celler.map((cell: any) => cell.manad))).toEqual(new Set(['2025-11', '2025-12', '2026-01', '2026-02']));
    const riktningar = new Set(answer.celler.map((cell: any) => `${cell.rapporterandeHuvudman.namn} → ${cell.mottagandeHuvudman.namn}`));
    expect(riktningar).toEqual(new Set(['Borås → Västra Götalandsregionen', 'Västra Götalandsregionen → Borås']));
    const fromBoras = answer.celler.find((cell: any) => cell.rapporterandeHuvudman.id === '1490');
    expect(fromBoras.rapporterandeHuvudman).toEqual({ id: '1490', typ: 'KOMMUN', namn: 'Borås' });
    expect(fromBoras.mottagandeHuvudman).toEqual({ id: 'VGR', typ: 'REGION', namn: 'Västra Götalandsregionen' });
    // Dimensions not grouped on stay null.
    expect(fromBoras).toMatchObject({ kategori: null, enhetHsaId: null, status: null });
  });

  it('an unknown area gives zero and no cells, not an error', async () => {
    for (const input of [
      { niva: 'LOKAL', omradeId: '1499-finns-inte' },
      { niva: 'DELREGIONAL', omradeId: 'finns-inte' },
    ] as const) {
      const answer = await analysData({ ...input, ...q1, gruppera: ['KATEGORI'], jamforMedForegaendePeriod: true });
      expect(answer).toMatchObject({
        totalt: { varde: 0, undertryckt: false },
        celler: [],
        tidTillAterkoppling: { antal: { varde: 0, undertryckt: false }, medianDagar: null, percentil90Dagar: null },
        andelForsenade: null,
      });
      expect(answer.foregaendePeriod.totalt).toEqual({ varde: 0, undertryckt: false });
    }
  });
});

describe('avvikelseanalys: the previous period', () => {
  it('is the period just before, with its own counts and no period before it', async () => {
    const input = { niva: 'DELREGIONAL' as const, omradeId: 'goteborgsomradet', ...q1, gruppera: ['KATEGORI'] as AvvikelseDimension[], jamforMedForegaendePeriod: true };
    const answer = await analysData(input);
    expectProtectedAnalysis(answer, expectedFor(rows, input));
    const previous = answer.foregaendePeriod;
    expect(previous).toMatchObject({ niva: 'DELREGIONAL', omradeId: 'goteborgsomradet', fran: '2025-10-03', till: '2025-12-31', foregaendePeriod: null });
    expectProtectedAnalysis(previous, expectedFor(rows, { ...input, fran: '2025-10-03', till: '2025-12-31' }));
  });

  it('is absent unless asked for', async () => {
    expect((await analysData({ niva: 'LANSGEMENSAM', ...q1 })).foregaendePeriod).toBeNull();
    expect((await analysData({ niva: 'LANSGEMENSAM', ...q1, jamforMedForegaendePeriod: false })).foregaendePeriod).toBeNull();
  });
});

describe('avvikelseanalys: protection and the 60-day rule (Härryda, by hand)', () => {
  const harrydaQ1 = { niva: 'LOKAL' as const, omradeId: harryda.naromradeId, ...q1 };

  it('withholds a cell of 3, shows 7 as 5 and 8 as 10, and the total of 18 as 20', async () => {
    const answer = await analysData({ ...harrydaQ1, gruppera: ['KATEGORI'] });
    expect(answer.totalt).toEqual({ varde: 20, undertryckt: false });
    const byKategori = Object.fromEntries(answer.celler.map((cell: any) => [cell.kategori, cell.antal]));
    expect(byKategori).toEqual({
      LAKEMEDEL: { varde: null, undertryckt: true },
      INFORMATIONSOVERFORING: { varde: 5, undertryckt: false },
      SIP: { varde: 10, undertryckt: false },
    });
    expect(answer.skyddsmetod).toContain('rounded to the nearest multiple of 5');
  });

  it('subtracting the shown cells from the total does not give back the withheld cell', async () => {
    const answer = await analysData({ ...harrydaQ1, gruppera: ['KATEGORI'] });
    const shown = answer.celler.filter((cell: any) => !cell.antal.undertryckt).reduce((sum: number, cell: any) => sum + cell.antal.varde, 0);
    const residual = answer.totalt.varde - shown;
    expect(residual).toBe(5); // 20 − (5 + 10); the withheld cell holds 3.
    expect(residual).not.toBe(3);
    // Every shown value is a multiple of the threshold, so every difference of them is too — and a withheld count (1–4) never is.
    for (const cell of answer.celler) if (!cell.antal.undertryckt) expect(cell.antal.varde % threshold).toBe(0);
    expect(residual % threshold).toBe(0);
  });

  it('gives median and 90th percentile of days to återkoppling, one decimal', async () => {
    const answer = await analysData(harrydaQ1);
    // 13 återkopplade: 5 6 7 8 9 10 20 30 40 45 60.25 60.958 90 days.
    expect(answer.tidTillAterkoppling).toEqual({ antal: { varde: 15, undertryckt: false }, medianDagar: 20, percentil90Dagar: 60.8 });
  });

  it('counts as overdue: open past the last day, or återkoppling after it; on the last day is in time', async () => {
    const answer = await analysData(harrydaQ1);
    // 17 received; overdue: h3 (open since January), h8 (återkoppling the day after the last), h10 (open), h18 (90 days).
    // 4 overdue is below the threshold, so the share (4/17 ≈ 0.24) is withheld (exact shares at threshold 1 are checked above).
    expect(answer.andelForsenade).toBeNull();
    expect(answer.totalt).toEqual({ varde: 20, undertryckt: false });
  });

  it('withholds percentiles and the share when fewer than the threshold underlie them', async () => {
    const answer = await analysData({ ...harrydaQ1, jamforMedForegaendePeriod: true });
    expect(answer.foregaendePeriod).toMatchObject({
      fran: '2025-10-03',
      till: '2025-12-31',
      totalt: { varde: null, undertryckt: true },
      tidTillAterkoppling: { antal: { varde: null, undertryckt: true }, medianDagar: null, percentil90Dagar: null },
      andelForsenade: null,
      foregaendePeriod: null,
    });
  });
});

describe('avvikelseanalys: input and access', () => {
  function expectBadUserInput(result: Result<unknown>, reason: string, field: string) {
    expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
  }

  it('refuses invalid input before any SQL', async () => {
    const cases: [AvvikelseanalysInput, string, string][] = [
      [{ niva: 'LANSGEMENSAM', omradeId: 'goteborgsomradet', ...q1 }, analysReasons.omradeConflict, 'input.omradeId'],
      [{ niva: 'LOKAL', ...q1 }, analysReasons.omradeConflict, 'input.omradeId'],
      [{ niva: 'LOKAL', omradeId: 'goteborgsomradet', ...q1 }, analysReasons.omradeMalformed, 'input.omradeId'],
      [{ niva: 'DELREGIONAL', omradeId: 'Göteborg', ...q1 }, analysReasons.omradeMalformed, 'input.omradeId'],
      [{ niva: 'LANSGEMENSAM', fran: '2026-03-31', till: '2026-01-01' }, 'DATE_RANGE_INVALID', 'input.till'],
      [{ niva: 'LANSGEMENSAM', fran: '2020-01-01', till: '2026-01-01' }, 'DATE_RANGE_INVALID', 'input.till'],
      [{ niva: 'LANSGEMENSAM', fran: '2026-02-29', till: '2026-03-31' }, 'DATE_INVALID', 'input.fran'],
      [{ niva: 'LANSGEMENSAM', ...q1, gruppera: ['MANAD', 'MANAD'] }, analysReasons.duplicateDimension, 'input.gruppera[1]'],
    ];
    for (const [input, reason, field] of cases) {
      const before = database.statementCount();
      expectBadUserInput(await analys(input), reason, field);
      expect(database.statementCount() - before).toBe(0);
    }
  });

  it('is open to every user role and to system clients with avvikelse:read', async () => {
    for (const roles of [['vardpersonal'], ['nosam'], ['analytiker'], ['granskare']] as Identity['roles'][]) {
      const result = await analys({ niva: 'LANSGEMENSAM', ...q1 }, testIdentity({ roles, huvudman: '1480' }));
      expect(result.errors, roles.join()).toBeUndefined();
    }
    const system = testIdentity({ roles: ['system'], scopes: ['avvikelse:read'] });
    expect((await analys({ niva: 'LANSGEMENSAM', ...q1 }, system)).errors).toBeUndefined();
  });

  it('refuses system clients without avvikelse:read and identities without a role', async () => {
    for (const identity of [
      testIdentity({ roles: ['system'], scopes: [] }),
      testIdentity({ roles: ['system'], scopes: ['patient:read', 'avvikelse:write'] }),
      testIdentity({ roles: [] }),
    ]) {
      const before = database.statementCount();
      const result = await analys({ niva: 'LANSGEMENSAM', ...q1 }, identity);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(database.statementCount() - before).toBe(0);
    }
  });
});

describe('avvikelseanalys: the work is done in SQL', () => {
  async function statementsFor(input: AvvikelseanalysInput): Promise<number> {
    // Computed anew, not answered from the rows other tests' analyses left in memory (recentAnalysisRows.ts).
    forgetRecentAnalyses(database.db);
    const before = database.statementCount();
    await analysData(input);
    return database.statementCount() - before;
  }

  it('sends one statement per analysis, previous period included, however many rows there are', async () => {
    const small = await statementsFor({ niva: 'LOKAL', omradeId: harryda.naromradeId, ...q1 });
    const large = await statementsFor({ niva: 'LANSGEMENSAM', fran: '2025-07-01', till: '2026-06-30', gruppera: ['MANAD', 'KATEGORI', 'RIKTNING', 'ENHET', 'STATUS'], jamforMedForegaendePeriod: true });
    expect(small).toBe(1);
    expect(large).toBe(1);

    // Ten times as many rows: still one statement.
    await insertAvvikelser(database.db, generate(boras, 3_000, '2024-01-01', 365, 4));
    expect(await statementsFor({ niva: 'LANSGEMENSAM', fran: '2024-01-01', till: '2024-12-31', gruppera: ['MANAD', 'KATEGORI', 'RIKTNING'], jamforMedForegaendePeriod: true })).toBe(1);
  });
});

describe('avvikelseanalys: the rows of an analysis shared between analysts until this subgraph writes', () => {
  const input: AvvikelseanalysInput = { niva: 'LANSGEMENSAM', fran: '2025-07-01', till: '2026-06-30', gruppera: ['KATEGORI'] };

  async function statements(run: () => Promise<unknown>): Promise<number> {
    const before = database.statementCount();
    await run();
    return database.statementCount() - before;
  }

  it('answers the same analysis for another analyst from memory, and computes it anew after a write through the subgraph', async () => {
    forgetRecentAnalyses(database.db);
    const analyst = (number: number) => testIdentity({ roles: ['analytiker'], subject: `SE2321000131-P00000000${700 + number}`, employeeHsaId: `SE2321000131-P00000000${700 + number}` });
    let first: any;
    expect(await statements(async () => (first = (await analys(input, analyst(1))).data?.avvikelseanalys))).toBe(1);
    let second: any;
    expect(await statements(async () => (second = (await analys(input, analyst(2))).data?.avvikelseanalys))).toBe(0);
    expect(second).toEqual(first);

    // A role that may not ask is refused before any remembered rows are looked at.
    const refused = await analys(input, testIdentity({ roles: [], scopes: [] }));
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const reporter = testIdentity({ huvudman: '1401', organisationHsaId: 'SE2120001401-E000000000001', subject: 'SE2120001401-P000000000042', employeeHsaId: 'SE2120001401-P000000000042' });
    const report = await run(
      `mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad } }`,
      {
        input: {
          klientnyckel: 'analys-minne-0001',
          kategori: 'LAKEMEDEL',
          handelsedatum: '2026-01-15',
          rapporterandeHuvudman: '1401',
          rapporterandeEnhetHsaId: 'SE2120001401-E000000000001',
          mottagandeHuvudman: 'VGR',
          naromradeId: harryda.naromradeId,
          beskrivning: 'Läkemedelslistan följde inte med.',
        },
      },
      reporter,
    );
    expect(report.errors).toBeUndefined();
    expect(await statements(() => analys(input, analyst(3)))).toBe(1);
  });
});
