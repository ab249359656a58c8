// What the workloads need to know about the `vg` world the services are seeded
// with: generated once per process (deterministic, ~1.5 s) and read, never written.
import { createRandom } from '../../../subgraphs/common/seed/random.js';
import { generateWorld } from '../../../subgraphs/common/seed/generateWorld.js';
import { testReferenceDate } from '../../../subgraphs/common/seed/referenceDate.js';
import type { World } from '../../../subgraphs/common/seed/World.js';

let vg: World | undefined;

/** The `vg` world, generated on first use. */
export function vgWorld(): World {
  vg ??= generateWorld('vg', testReferenceDate);
  return vg;
}

/**
 * The närområde with the most kommun patients (ties: more boenden, then the smaller id): the heaviest
 * NOSAM view and the longest patient list.
 */
export function largestNaromrade(world: World): { id: string; kommunkod: string } {
  const patients = new Map<string, number>();
  for (const patient of world.kommun.patienter) patients.set(patient.naromradeId, (patients.get(patient.naromradeId) ?? 0) + 1);
  const boenden = new Map<string, number>();
  for (const boende of world.kommun.boenden) boenden.set(boende.naromradeId, (boenden.get(boende.naromradeId) ?? 0) + 1);
  const ranked = [...world.samverkan.naromraden].sort(
    (a, b) =>
      (patients.get(b.id) ?? 0) - (patients.get(a.id) ?? 0) ||
      (boenden.get(b.id) ?? 0) - (boenden.get(a.id) ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const largest = ranked[0];
  if (!largest) throw new Error('The world has no närområden.');
  return { id: largest.id, kommunkod: largest.kommunkod };
}

export interface SharedPatient {
  personnummer: string;
  /** The vårdcentral the patient is listed at, and a läkare there: who would open the patient picture. */
  vardcentralHsaId: string;
  lakareHsaId: string;
}

/** Patients with data at both huvudmän (listed at a vårdcentral and known to a kommun), in the world's order. */
export function patientsAtBothHuvudman(world: World): SharedPatient[] {
  const kommunPatients = new Set(world.kommun.patienter.map((patient) => patient.personnummer));
  const firstLakare = new Map<string, string>();
  for (const lakare of world.vgr.lakare) if (!firstLakare.has(lakare.vardcentralHsaId)) firstLakare.set(lakare.vardcentralHsaId, lakare.hsaId);
  const shared: SharedPatient[] = [];
  for (const listning of world.vgr.listningar) {
    const lakareHsaId = firstLakare.get(listning.vardcentralHsaId);
    if (!kommunPatients.has(listning.personnummer) || !lakareHsaId) continue;
    shared.push({ personnummer: listning.personnummer, vardcentralHsaId: listning.vardcentralHsaId, lakareHsaId });
  }
  return shared;
}

/** `count` items drawn without replacement, the same ones for the same `seed` every run. */
export function sampleFixed<T>(items: readonly T[], count: number, seed: string): T[] {
  if (count > items.length) throw new Error(`Asked for ${count} of ${items.length} items.`);
  return createRandom(seed).shuffle(items).slice(0, count);
}
