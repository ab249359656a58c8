// Writes the region's slice of the synthetic world (`world.vgr`) into its own
// tables, parents before children so the foreign keys hold.
import { sql, type Kysely } from 'kysely';
import { insertInChunks } from '../../common/database/insertInChunks.js';
import type { World } from '../../common/seed/World.js';
import type { VgrDatabase } from '../database.js';

export async function writeVgrSeed(db: Kysely<VgrDatabase>, world: World): Promise<void> {
  const slice = world.vgr;
  await insertInChunks(
    db,
    'vardcentral',
    slice.vardcentraler.map((vardcentral) => ({
      hsa_id: vardcentral.hsaId,
      namn: vardcentral.namn,
      kommunkod: vardcentral.kommunkod,
      naromrade_id: vardcentral.naromradeId,
      driftsform: vardcentral.driftsform,
      antal_listade: vardcentral.antalListade,
    })),
  );
  await insertInChunks(
    db,
    'lakare',
    slice.lakare.map((lakare) => ({ hsa_id: lakare.hsaId, namn: lakare.namn, vardcentral_hsa_id: lakare.vardcentralHsaId })),
  );
  await insertInChunks(
    db,
    'narsjukvardsteam',
    slice.narsjukvardsteam.map((team) => ({ id: team.id, namn: team.namn, sjukhus: team.sjukhus, typ: team.typ })),
  );
  await insertInChunks(
    db,
    'narsjukvardsteam_kommun',
    slice.narsjukvardsteam.flatMap((team) => team.kommunkoder.map((kommunkod) => ({ team_id: team.id, kommunkod }))),
  );
  await insertInChunks(
    db,
    'listning',
    slice.listningar.map((listning) => ({
      personnummer: listning.personnummer,
      vardcentral_hsa_id: listning.vardcentralHsaId,
      listad_sedan: listning.listadSedan,
      senaste_vardkontakt: listning.senasteVardkontakt,
    })),
  );
  await insertInChunks(
    db,
    'fast_lakarkontakt',
    slice.fastLakarkontakter.map((kontakt) => ({
      personnummer: kontakt.personnummer,
      lakare_hsa_id: kontakt.lakareHsaId,
      fran: kontakt.fran,
    })),
  );
  await insertInChunks(
    db,
    'narsjukvardsteam_episod',
    slice.narsjukvardsteamEpisoder.map((episod) => ({
      id: episod.id,
      personnummer: episod.personnummer,
      team_id: episod.teamId,
      startdatum: episod.startdatum,
      slutdatum: episod.slutdatum,
      orsak: episod.orsak,
    })),
  );
  // Fresh statistics, so the first queries get index plans: PGlite has no autovacuum to gather them.
  await sql`ANALYZE vardcentral, lakare, narsjukvardsteam, narsjukvardsteam_kommun, listning, fast_lakarkontakt, narsjukvardsteam_episod`.execute(db);
}
