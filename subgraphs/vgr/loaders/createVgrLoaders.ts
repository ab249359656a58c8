// All of the region's DataLoaders, created fresh for each request so that
// nothing cached outlives the request it was read for. Per-patient reads are
// not here: they go through the access seam (createPatientReads).
import type { Kysely } from 'kysely';
import type { VgrDatabase } from '../database.js';
import { createLakareLoaders } from './lakareLoaders.js';
import { createNarsjukvardsteamLoaders } from './narsjukvardsteamLoaders.js';
import { createRegioninsatsLoaders } from './patientLoaders.js';
import { createVardcentralLoaders } from './vardcentralLoaders.js';

export type VgrLoaders = ReturnType<typeof createVgrLoaders>;

/** `today` (Sweden's date) decides which visits are recent enough to count as a region insats. */
export function createVgrLoaders(db: Kysely<VgrDatabase>, pseudonymKey: string, today: string) {
  return {
    ...createVardcentralLoaders(db),
    ...createLakareLoaders(db),
    ...createNarsjukvardsteamLoaders(db),
    ...createRegioninsatsLoaders(db, pseudonymKey, today),
  };
}
