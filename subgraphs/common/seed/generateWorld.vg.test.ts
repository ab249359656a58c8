import personnummerModule from 'personnummer';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from './generateWorld.js';
import { testReferenceDate } from './referenceDate.js';
import { worldInvariants } from './worldInvariants.js';
import type { World } from './World.js';

// CommonJS package typed as an ES default export: see identifiers/patientId.ts.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

// The benchmark scale takes a couple of seconds to generate: once for the whole file.
let world: World;
beforeAll(() => {
  world = generateWorld('vg', testReferenceDate);
}, 60_000);

function expectWithin(actual: number, target: number, tolerance: number): void {
  expect(actual).toBeGreaterThanOrEqual(target * (1 - tolerance));
  expect(actual).toBeLessThanOrEqual(target * (1 + tolerance));
}

describe('generateWorld(vg): size', () => {
  it('lands within ±20% of the benchmark targets', () => {
    expectWithin(world.kommun.patienter.length, 100_000, 0.2);
    expectWithin(world.vgr.vardcentraler.length, 200, 0.2);
    expectWithin(world.kommun.boenden.length, 1_500, 0.2);
    expectWithin(world.samverkan.avvikelser.length, 50_000, 0.2);
    expectWithin(world.vgr.listningar.length, 120_000, 0.2);
  });

  it("matches Göteborg's real volumes: ~3,000 inskrivna in hemsjukvård, ~9,000 with hemtjänst", () => {
    const activeHsj = world.kommun.hemsjukvardInskrivningar.filter((i) => i.kommunkod === '1480' && i.utskrivenDatum === null).length;
    const activeHtj = world.kommun.hemtjanstBeslut.filter((b) => b.kommunkod === '1480' && b.giltigTill === null).length;
    expect(activeHsj).toBeGreaterThanOrEqual(2_500);
    expect(activeHsj).toBeLessThanOrEqual(3_500);
    expect(activeHtj).toBeGreaterThanOrEqual(8_000);
    expect(activeHtj).toBeLessThanOrEqual(10_000);
  });

  it('sizes the other kommuner in proportion to their population', () => {
    const activeHtj = (kommunkod: string) => world.kommun.hemtjanstBeslut.filter((b) => b.kommunkod === kommunkod && b.giltigTill === null).length;
    // Borås has about 115,000 inhabitants against Göteborg's 600,000.
    expectWithin(activeHtj('1490'), (9_000 * 115) / 600, 0.2);
    const patients = (kommunkod: string) => world.kommun.patienter.filter((p) => p.kommunkod === kommunkod).length;
    expectWithin(patients('1480') / patients('1490'), 600 / 115, 0.2);
  });

  it('spreads avvikelser over about three years, more of them recent', () => {
    const dates = world.samverkan.avvikelser.map((a) => a.handelsedatum);
    expect(dates.every((date) => date >= '2023-11-01' && date <= '2026-11-01')).toBe(true);
    const lastYear = dates.filter((date) => date >= '2025-11-01').length / dates.length;
    expect(lastYear).toBeGreaterThan(0.4);
    expect(lastYear).toBeLessThan(0.7);
  });
});

describe('generateWorld(vg): cross references and well-formedness', () => {
  for (const [name, check] of Object.entries(worldInvariants)) {
    it(name, () => {
      expect(check(world).slice(0, 10)).toEqual([]);
    });
  }
});

describe('generateWorld(vg): personnummer', () => {
  it('are unique over everyone the region lists', () => {
    expect(new Set(world.vgr.listningar.map((l) => l.personnummer)).size).toBe(world.vgr.listningar.length);
  });

  it('are valid according to the personnummer library (every 25th checked)', () => {
    const sample = world.vgr.listningar.filter((_, index) => index % 25 === 0).map((l) => l.personnummer);
    expect(sample.length).toBeGreaterThan(4_000);
    expect(sample.filter((personnummer) => !Personnummer.valid(personnummer))).toEqual([]);
  });
});
