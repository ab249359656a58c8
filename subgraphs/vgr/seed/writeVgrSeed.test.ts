// The generated world (scale `small`) fits the region's tables and
// constraints, and the SQL behind the närområde counts agrees with the same
// rule computed in plain TypeScript over the world.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../common/database/openDatabase.js';
import { migrateSubgraph } from '../../common/server/migrateSubgraph.js';
import { generateWorld } from '../../common/seed/generateWorld.js';
import { testReferenceDate } from '../../common/seed/referenceDate.js';
import type { VgrSlice } from '../../common/seed/World.js';
import type { VgrDatabase } from '../database.js';
import { createVgrLoaders } from '../loaders/createVgrLoaders.js';
import { yearBefore } from '../loaders/patientLoaders.js';
import { vgrMigrationsUrl } from '../vgrSubgraph.js';
import { writeVgrSeed } from './writeVgrSeed.js';

const world = generateWorld('small', testReferenceDate);
let database: Database<VgrDatabase>;

beforeAll(async () => {
  database = await openDatabase<VgrDatabase>({ kind: 'pglite', dataDir: 'memory://' });
  await migrateSubgraph(database as Database<unknown>, vgrMigrationsUrl);
  await database.db.transaction().execute((transaction) => writeVgrSeed(transaction, world));
}, 60_000);

afterAll(async () => {
  await database?.close();
}, 60_000);

/** The region-insats rule, written independently of the SQL: listed, and a fast läkarkontakt or an ongoing episode. */
function expectedRegioninsats(slice: VgrSlice): Map<string, number> {
  const naromradeOf = new Map(slice.vardcentraler.map((vardcentral) => [vardcentral.hsaId, vardcentral.naromradeId]));
  const withKontakt = new Set(slice.fastLakarkontakter.map((kontakt) => kontakt.personnummer));
  const withOngoingEpisode = new Set(slice.narsjukvardsteamEpisoder.filter((episod) => episod.slutdatum === null).map((episod) => episod.personnummer));
  // A visit within the year up to the world's day (the loaders are asked as of that day).
  const recentVisit = (listning: VgrSlice['listningar'][number]) => listning.senasteVardkontakt !== null && listning.senasteVardkontakt > yearBefore(world.referenceDate);
  const counts = new Map<string, number>();
  for (const listning of slice.listningar) {
    if (!withKontakt.has(listning.personnummer) && !withOngoingEpisode.has(listning.personnummer) && !recentVisit(listning)) continue;
    const naromradeId = naromradeOf.get(listning.vardcentralHsaId)!;
    counts.set(naromradeId, (counts.get(naromradeId) ?? 0) + 1);
  }
  return counts;
}

describe('writeVgrSeed with the generated world', () => {
  it('stores every listning', async () => {
    const { n } = await database.db.selectFrom('listning').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(n).toBe(world.vgr.listningar.length);
  });

  it('counts the patients with a region insats per närområde as the rule says, in one batch', async () => {
    const naromradeIds = [...new Set(world.vgr.vardcentraler.map((vardcentral) => vardcentral.naromradeId))];
    const loaders = createVgrLoaders(database.db, 'test-key', world.referenceDate);
    const before = database.statementCount();
    const [counts, pseudonyms] = await Promise.all([
      Promise.all(naromradeIds.map((id) => loaders.antalPatienterMedRegioninsatsByNaromradeId.load(id))),
      Promise.all(naromradeIds.map((id) => loaders.regioninsatsPseudonymerByNaromradeId.load(id))),
    ]);
    expect(database.statementCount() - before).toBe(2);
    const expected = expectedRegioninsats(world.vgr);
    naromradeIds.forEach((id, index) => {
      expect(counts[index]?.antal ?? 0).toBe(expected.get(id) ?? 0);
      expect(pseudonyms[index]).toHaveLength(expected.get(id) ?? 0);
    });
    expect([...expected.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });
});
