// Avvikelser by id, batched (entity resolution and `Query.avvikelse`).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../common/database/loaders.js';
import type { SamverkanDatabase } from '../database.js';
import type { AvvikelseRow } from '../rows.js';
import { selectAvvikelse } from './selectAvvikelse.js';

export function createAvvikelseByIdLoader(db: Kysely<SamverkanDatabase>) {
  return createRowLoader<string, AvvikelseRow>(
    (ids) => selectAvvikelse(db).where((eb) => eb('avvikelse.id', '=', eb.fn.any(eb.val([...ids])))).execute(),
    (row) => row.id,
  );
}
