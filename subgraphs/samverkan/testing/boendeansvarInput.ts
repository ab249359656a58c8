// A plan's boendeansvar rows in the seeded world, as the input of a new plan version (`BoendeansvarInput`).
import type { World } from '../../common/seed/World.js';

export function boendeansvarInput(world: World, planId: string) {
  return world.samverkan.boendeansvar
    .filter((row) => row.planId === planId)
    .map((row) => ({
      boendeId: row.boendeId,
      vardcentralHsaId: row.vardcentralHsaId,
      lakareHsaId: row.lakareHsaId,
      lakarmedverkanTimmarPerVecka: row.lakarmedverkanTimmarPerVecka,
      rondfrekvens: row.rondfrekvens,
      kontaktpersonNamn: row.kontaktperson.namn,
      kontaktpersonTelefon: row.kontaktperson.telefon,
    }));
}
