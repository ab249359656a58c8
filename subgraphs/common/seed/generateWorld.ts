// Generates the whole synthetic Västra Götaland for a scale. Deterministic:
// every call and every process gets the same world, so the three subgraphs
// that each seed their own slice agree on every shared key.
import { addDemoPatients, addDemoSamverkan } from './addDemoPatients.js';
import { generateAvvikelser, numberAvvikelser } from './generateAvvikelser.js';
import { generateBoenden } from './generateBoenden.js';
import { generateKommunOrganisation } from './generateKommunOrganisation.js';
import { generateKommunPatienter } from './generateKommunPatienter.js';
import { generateNaromradesplaner } from './generateNaromradesplaner.js';
import { generateNosamMoten } from './generateNosamMoten.js';
import { generateNarsjukvardsteam } from './generateNarsjukvardsteam.js';
import { generateRegionRelations } from './generateRegionRelations.js';
import { generateSipar } from './generateSipar.js';
import { generateVardcentraler } from './generateVardcentraler.js';
import { createSeedContext } from './seedContext.js';
import type { IsoDate, SeedScale, World } from './World.js';

/**
 * The synthetic world at `scale` (`small`: ~3,000 kommun patients, `vg`:
 * ~100,000), as of `referenceDate` (see referenceDate.ts). Returns a fresh object each call.
 */
export function generateWorld(scale: SeedScale, referenceDate: IsoDate): World {
  const context = createSeedContext(scale, referenceDate);
  // Units first, then the demo patients (so they get their places), then everyone else.
  generateVardcentraler(context);
  generateNarsjukvardsteam(context);
  generateBoenden(context);
  generateKommunOrganisation(context);
  const demo = addDemoPatients(context);
  generateKommunPatienter(context);
  generateNaromradesplaner(context);
  generateRegionRelations(context);
  addDemoSamverkan(context, demo);
  generateSipar(context);
  generateAvvikelser(context);
  numberAvvikelser(context.world.samverkan.avvikelser);
  generateNosamMoten(context);
  return context.world;
}
