import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import personnummerModule from 'personnummer';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKommuner } from '../../../platform/reference/kommuner.js';
import { demoPatients } from './demoPatients.js';
import { generateWorld } from './generateWorld.js';
import { testReferenceDate } from './referenceDate.js';
import { firstNames, lastNames } from './names.js';
import { worldInvariants } from './worldInvariants.js';
import type { World } from './World.js';

// CommonJS package typed as an ES default export: see identifiers/patientId.ts.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

const demoNumbers = new Set<string>(demoPatients.map((demo) => demo.personnummer));

function sha256(world: World): string {
  return createHash('sha256').update(JSON.stringify(world)).digest('hex');
}

let world: World;
beforeAll(() => {
  world = generateWorld('small', testReferenceDate);
});

describe('generateWorld: determinism', () => {
  it('gives a deep-equal, byte-identical world on every call', () => {
    const again = generateWorld('small', testReferenceDate);
    expect(again).toEqual(world);
    expect(JSON.stringify(again)).toBe(JSON.stringify(world));
  });

  it('gives the same world in another process', () => {
    const generateWorldUrl = new URL('./generateWorld.ts', import.meta.url).href;
    const script = [
      `import { createHash } from 'node:crypto';`,
      `import { generateWorld } from '${generateWorldUrl}';`,
      `process.stdout.write(createHash('sha256').update(JSON.stringify(generateWorld('small', '${testReferenceDate}'))).digest('hex'));`,
    ].join('\n');
    const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
    const hash = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(hash).toBe(sha256(world));
  }, 30_000);

  it('returns a fresh object, so one caller cannot change what the next one gets', () => {
    const other = generateWorld('small', testReferenceDate);
    other.kommun.patienter.length = 0;
    expect(generateWorld('small', testReferenceDate).kommun.patienter.length).toBe(world.kommun.patienter.length);
  });

  it('is as of the reference date it is given', () => {
    expect(world.referenceDate).toBe(testReferenceDate);
    expect(world.scale).toBe('small');
  });
});

describe('generateWorld: as of another day', () => {
  // A fresh install seeds as of yesterday: the world must be whole on any day, its latest events just before it.
  let later: World;
  beforeAll(() => {
    later = generateWorld('small', '2027-03-15');
  });

  for (const [name, check] of Object.entries(worldInvariants)) {
    it(`keeps "${name}"`, () => {
      expect(check(later).slice(0, 10)).toEqual([]);
    });
  }

  it('ends its events at that day, with the last month as busy as the months before', () => {
    const handelsemanader = later.samverkan.avvikelser.map((avvikelse) => avvikelse.handelsedatum.slice(0, 7));
    const count = (month: string) => handelsemanader.filter((manad) => manad === month).length;
    expect(later.samverkan.avvikelser.every((avvikelse) => avvikelse.rapporteradTid.slice(0, 10) <= '2027-03-15')).toBe(true);
    // Two weeks into March hold about half a month's reports; February and January a whole month each.
    expect(count('2027-03')).toBeGreaterThan(count('2027-02') * 0.25);
    expect(count('2027-02')).toBeGreaterThan(count('2027-01') * 0.6);
    expect(later.samverkan.moten.some((mote) => mote.datum > '2027-01-15' && mote.datum <= '2027-03-15')).toBe(true);
  });
});

describe('generateWorld(small): cross references and well-formedness', () => {
  for (const [name, check] of Object.entries(worldInvariants)) {
    it(name, () => {
      expect(check(world).slice(0, 10)).toEqual([]);
    });
  }
});

describe('generateWorld(small): size', () => {
  it('covers all 49 kommuner with patients, boenden and vårdcentraler', () => {
    const kommunkoder = loadKommuner().map((kommun) => kommun.kommunkod);
    expect(kommunkoder).toHaveLength(49);
    for (const kommunkod of kommunkoder) {
      expect(world.kommun.patienter.some((p) => p.kommunkod === kommunkod), kommunkod).toBe(true);
      expect(world.kommun.boenden.some((b) => b.kommunkod === kommunkod), kommunkod).toBe(true);
      expect(world.vgr.vardcentraler.some((v) => v.kommunkod === kommunkod), kommunkod).toBe(true);
    }
  });

  it('stays about 30 times smaller than vg', () => {
    expect(world.vgr.vardcentraler.length).toBeGreaterThanOrEqual(60);
    expect(world.vgr.vardcentraler.length).toBeLessThanOrEqual(90);
    // Fewer, smaller boenden than vg: full ones would otherwise outnumber everyone else.
    expect(world.kommun.boenden.length).toBeGreaterThanOrEqual(90);
    expect(world.kommun.boenden.length).toBeLessThanOrEqual(140);
    expect(world.kommun.patienter.length).toBeGreaterThanOrEqual(3_000);
    expect(world.kommun.patienter.length).toBeLessThanOrEqual(4_200);
    expect(world.samverkan.avvikelser.length).toBeGreaterThanOrEqual(1_200);
    expect(world.samverkan.avvikelser.length).toBeLessThanOrEqual(1_800);
    expect(world.samverkan.sipar.length).toBeGreaterThanOrEqual(100);
    expect(world.samverkan.sipar.length).toBeLessThanOrEqual(500);
  });

  it('gives every Göteborg närområde several vårdcentraler', () => {
    for (const naromrade of world.samverkan.naromraden.filter((n) => n.kommunkod === '1480')) {
      expect(world.vgr.vardcentraler.filter((v) => v.naromradeId === naromrade.id).length, naromrade.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('generateWorld(small): personnummer', () => {
  const everyone = (): string[] => [
    ...new Set([...world.kommun.patienter.map((p) => p.personnummer), ...world.vgr.listningar.map((l) => l.personnummer)]),
  ];

  it('are all valid according to the personnummer library', () => {
    const invalid = everyone().filter((personnummer) => !/^\d{12}$/.test(personnummer) || !Personnummer.valid(personnummer));
    expect(invalid).toEqual([]);
  });

  it("use only Skatteverket's test serials 980–999, apart from the demo patients", () => {
    const outside = everyone().filter((p) => !demoNumbers.has(p) && !(Number(p.slice(8, 11)) >= 980 && Number(p.slice(8, 11)) <= 999));
    expect(outside).toEqual([]);
  });

  it('are unique: every listed person once, every kommun patient once', () => {
    expect(new Set(world.vgr.listningar.map((l) => l.personnummer)).size).toBe(world.vgr.listningar.length);
    expect(new Set(world.kommun.patienter.map((p) => p.personnummer)).size).toBe(world.kommun.patienter.length);
  });

  it('list about 20% more people in the region than the kommuner know', () => {
    const ratio = world.vgr.listningar.length / world.kommun.patienter.length;
    expect(ratio).toBeGreaterThan(1.15);
    expect(ratio).toBeLessThan(1.25);
  });

  it('belong mostly to frail elderly: about 85% over 65, the rest adults', () => {
    const birthYears = world.kommun.patienter.filter((p) => !demoNumbers.has(p.personnummer)).map((p) => Number(p.personnummer.slice(0, 4)));
    const over65 = birthYears.filter((year) => year >= 1920 && year <= 1960).length / birthYears.length;
    expect(over65).toBeGreaterThan(0.8);
    expect(over65).toBeLessThan(0.92);
    expect(birthYears.every((year) => (year >= 1920 && year <= 1960) || (year >= 1962 && year <= 2006))).toBe(true);
  });
});

describe('generateWorld(small): shares and proportions', () => {
  it('gives ~60% of kommun patients a fast läkarkontakt and ~5% of patients a team episode, some still open', () => {
    const kommunPatients = new Set(world.kommun.patienter.map((p) => p.personnummer));
    const share = world.vgr.fastLakarkontakter.filter((f) => kommunPatients.has(f.personnummer)).length / kommunPatients.size;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
    const episodes = world.vgr.narsjukvardsteamEpisoder;
    expect(episodes.length / world.vgr.listningar.length).toBeGreaterThan(0.03);
    expect(episodes.length / world.vgr.listningar.length).toBeLessThan(0.07);
    expect(episodes.some((e) => e.slutdatum === null)).toBe(true);
    expect(episodes.filter((e) => e.slutdatum !== null).length).toBeGreaterThan(episodes.length / 2);
  });

  it('fills särskilda boenden as real ones are filled, 90–98 %, and korttidsplatser less', () => {
    const current = world.kommun.boendeVistelser.filter((stay) => stay.till === null);
    const occupancy = (typ: string) => {
      const boenden = world.kommun.boenden.filter((boende) => boende.typ === typ);
      const ids = new Set(boenden.map((boende) => boende.id));
      return current.filter((stay) => ids.has(stay.boendeId)).length / boenden.reduce((sum, boende) => sum + boende.antalPlatser, 0);
    };
    expect(occupancy('SARSKILT_BOENDE')).toBeGreaterThan(0.88);
    expect(occupancy('SARSKILT_BOENDE')).toBeLessThan(0.98);
    expect(occupancy('KORTTIDSBOENDE')).toBeGreaterThan(0.7);
    expect(occupancy('KORTTIDSBOENDE')).toBeLessThan(0.95);
  });

  it('gives nobody living in a särskilt boende an active hemtjänst beslut: the boende gives the care', () => {
    const sarskilda = new Set(world.kommun.boenden.filter((boende) => boende.typ === 'SARSKILT_BOENDE').map((boende) => boende.id));
    const residents = new Set(world.kommun.boendeVistelser.filter((stay) => stay.till === null && sarskilda.has(stay.boendeId)).map((stay) => stay.personnummer));
    expect(residents.size).toBeGreaterThan(1_000);
    expect(world.kommun.hemtjanstBeslut.filter((beslut) => beslut.giltigTill === null && residents.has(beslut.personnummer))).toEqual([]);
  });

  it('lists most residents at the vårdcentral responsible for their boende, and some elsewhere (free choice)', () => {
    const currentPlans = new Set(world.samverkan.naromradesplaner.filter((plan) => plan.giltigTill === null).map((plan) => plan.id));
    const responsible = new Map(world.samverkan.boendeansvar.filter((row) => currentPlans.has(row.planId)).map((row) => [row.boendeId, row.vardcentralHsaId]));
    const listning = new Map(world.vgr.listningar.map((row) => [row.personnummer, row.vardcentralHsaId]));
    // Göteborg's närområden have several vårdcentraler, so a resident there can have chosen another one.
    const goteborg = new Set(world.kommun.boenden.filter((boende) => boende.kommunkod === '1480').map((boende) => boende.id));
    const stays = world.kommun.boendeVistelser.filter((stay) => stay.till === null && goteborg.has(stay.boendeId) && responsible.has(stay.boendeId));
    const elsewhere = stays.filter((stay) => listning.get(stay.personnummer) !== responsible.get(stay.boendeId)).length / stays.length;
    expect(elsewhere).toBeGreaterThan(0.08);
    expect(elsewhere).toBeLessThan(0.25);
  });

  it('lists nearly every inhabitant at a vårdcentral in the listing statistics, thousands per vårdcentral', () => {
    const listade = world.vgr.vardcentraler.reduce((sum, vardcentral) => sum + vardcentral.antalListade, 0);
    // Västra Götaland has about 1.75 million inhabitants.
    expect(listade).toBeGreaterThan(1_600_000);
    expect(listade).toBeLessThan(1_800_000);
    expect(Math.min(...world.vgr.vardcentraler.map((vardcentral) => vardcentral.antalListade))).toBeGreaterThan(1_000);
  });

  it('gives most people with kommunal insatser a visit at their vårdcentral within the year, fewer a fast läkarkontakt', () => {
    const yearBefore = `${Number(world.referenceDate.slice(0, 4)) - 1}${world.referenceDate.slice(4)}`;
    const listning = new Map(world.vgr.listningar.map((row) => [row.personnummer, row]));
    const fastLakarkontakt = new Set(world.vgr.fastLakarkontakter.map((row) => row.personnummer));
    const ongoing = new Set([
      ...world.kommun.hemsjukvardInskrivningar.filter((row) => row.utskrivenDatum === null).map((row) => row.personnummer),
      ...world.kommun.hemtjanstBeslut.filter((row) => row.giltigTill === null).map((row) => row.personnummer),
      ...world.kommun.boendeVistelser.filter((row) => row.till === null).map((row) => row.personnummer),
    ]);
    const recent = [...ongoing].filter((personnummer) => (listning.get(personnummer)?.senasteVardkontakt ?? '') > yearBefore);
    expect(recent.length / ongoing.size).toBeGreaterThan(0.75);
    expect(recent.length / ongoing.size).toBeLessThan(0.95);
    // Shared patients (here: a recent visit) without a fast läkarkontakt are what SIP-luckor is for.
    const utanFastLakarkontakt = recent.filter((personnummer) => !fastLakarkontakt.has(personnummer)).length / recent.length;
    expect(utanFastLakarkontakt).toBeGreaterThan(0.25);
    expect(utanFastLakarkontakt).toBeLessThan(0.6);
    expect(world.vgr.listningar.every((row) => row.senasteVardkontakt === null || row.senasteVardkontakt >= row.listadSedan)).toBe(true);
  });

  it('has boenden of all three types, mostly särskilda boenden', () => {
    const share = (typ: string) => world.kommun.boenden.filter((b) => b.typ === typ).length / world.kommun.boenden.length;
    expect(share('SARSKILT_BOENDE')).toBeGreaterThan(0.6);
    expect(share('KORTTIDSBOENDE')).toBeGreaterThan(0.05);
    expect(share('BOSTAD_MED_SARSKILD_SERVICE')).toBeGreaterThan(0.05);
  });

  it('has active and ended insatser, and private (LOV) as well as kommunal hemtjänst', () => {
    const inskrivningar = world.kommun.hemsjukvardInskrivningar;
    expect(inskrivningar.some((i) => i.utskrivenDatum === null)).toBe(true);
    expect(inskrivningar.some((i) => i.utskrivenDatum !== null)).toBe(true);
    const beslut = world.kommun.hemtjanstBeslut;
    expect(beslut.some((b) => b.utforare.regi === 'PRIVAT')).toBe(true);
    expect(beslut.every((b) => b.beviljadeTimmarPerManad >= 4 && b.beviljadeTimmarPerManad <= 180 && b.insatser.length > 0)).toBe(true);
    // Göteborg does all night care itself.
    expect(beslut.some((b) => b.kommunkod === '1480' && b.utforare.regi === 'PRIVAT' && b.insatser.includes('NATTILLSYN'))).toBe(false);
  });

  it('leaves a few deliberate gaps in the current plans: at least two, one in Göteborg, about 2% of boenden', () => {
    const currentPlans = new Set(world.samverkan.naromradesplaner.filter((p) => p.giltigTill === null).map((p) => p.id));
    const covered = new Set(world.samverkan.boendeansvar.filter((r) => currentPlans.has(r.planId)).map((r) => r.boendeId));
    const gaps = world.kommun.boenden.filter((b) => !covered.has(b.id));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    expect(gaps.length).toBeLessThanOrEqual(Math.max(2, world.kommun.boenden.length * 0.05));
    expect(gaps.some((b) => b.kommunkod === '1480')).toBe(true);
  });

  it('has superseded version-1 plans in about a third of the närområden', () => {
    const revised = world.samverkan.naromradesplaner.filter((p) => p.version === 2).length / world.samverkan.naromraden.length;
    expect(revised).toBeGreaterThan(0.25);
    expect(revised).toBeLessThan(0.42);
  });

  it('gives each current plan 3–8 åtgärder with mixed statuses, some overdue', () => {
    const current = world.samverkan.naromradesplaner.filter((p) => p.giltigTill === null);
    for (const plan of current) {
      const count = world.samverkan.atgarder.filter((a) => a.planId === plan.id).length;
      expect(count, plan.id).toBeGreaterThanOrEqual(3);
      expect(count, plan.id).toBeLessThanOrEqual(8);
    }
    const currentIds = new Set(current.map((p) => p.id));
    const atgarder = world.samverkan.atgarder.filter((a) => currentIds.has(a.planId));
    expect(new Set(atgarder.map((a) => a.status)).size).toBe(3);
    expect(new Set(atgarder.map((a) => (a.agare === 'VGR' ? 'VGR' : 'kommun'))).size).toBe(2);
    expect(atgarder.some((a) => a.status !== 'KLAR' && a.sistaDatum < world.referenceDate)).toBe(true);
  });

  it('has avvikelser both ways, ~40% about a patient, mostly informationsöverföring and läkemedel', () => {
    const avvikelser = world.samverkan.avvikelser;
    const fromVgr = avvikelser.filter((a) => a.rapporterandeHuvudman === 'VGR').length / avvikelser.length;
    expect(fromVgr).toBeGreaterThan(0.25);
    expect(fromVgr).toBeLessThan(0.55);
    const aboutPatient = avvikelser.filter((a) => a.personnummer !== null).length / avvikelser.length;
    expect(aboutPatient).toBeGreaterThan(0.3);
    expect(aboutPatient).toBeLessThan(0.5);
    const byKategori = new Map<string, number>();
    for (const a of avvikelser) byKategori.set(a.kategori, (byKategori.get(a.kategori) ?? 0) + 1);
    const ranked = [...byKategori].sort((a, b) => b[1] - a[1]).map(([kategori]) => kategori);
    expect(ranked.slice(0, 2).sort()).toEqual(['INFORMATIONSOVERFORING', 'LAKEMEDEL']);
    expect(byKategori.size).toBe(9);
  });

  it('closes old avvikelser and keeps recent ones open', () => {
    const byAge = (fromDate: string, toDate: string) =>
      world.samverkan.avvikelser.filter((a) => a.rapporteradTid >= fromDate && a.rapporteradTid < toDate);
    const old = byAge('2023-01-01', '2026-05-01');
    expect(old.filter((a) => a.status === 'AVSLUTAD').length / old.length).toBeGreaterThan(0.75);
    const recent = byAge('2026-10-20', '2026-11-02');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.filter((a) => a.status === 'RAPPORTERAD' || a.status === 'MOTTAGEN').length / recent.length).toBeGreaterThan(0.5);
    expect(world.samverkan.avvikelser.every((a) => a.handelsedatum >= '2023-11-01')).toBe(true);
  });

  it('gives återkoppling mostly within 60 days of receipt, and leaves a minority of the open avvikelser overdue', () => {
    const dayMs = 86_400_000;
    const answered = world.samverkan.avvikelser.filter((a) => a.aterkoppladTid !== null);
    const late = answered.filter((a) => Date.parse(a.aterkoppladTid!) - Date.parse(a.mottagenTid!) > 60 * dayMs);
    expect(late.length / answered.length).toBeGreaterThan(0.08);
    expect(late.length / answered.length).toBeLessThan(0.22);

    const open = world.samverkan.avvikelser.filter((a) => a.status === 'MOTTAGEN' || a.status === 'UNDER_UTREDNING' || a.status === 'ATGARDAD');
    // Overdue on the reference date: the 60th day after receipt (in Sweden) has passed.
    const overdue = open.filter((a) => Date.parse(a.mottagenTid!) + 61 * dayMs < Date.parse(`${world.referenceDate}T00:00:00.000Z`));
    expect(overdue.length).toBeGreaterThan(5);
    expect(overdue.length / open.length).toBeGreaterThan(0.08);
    expect(overdue.length / open.length).toBeLessThan(0.25);
  });

  it('never writes a name or a personnummer into an avvikelse description', () => {
    const names = new Set([...firstNames, ...lastNames]);
    const offending = world.samverkan.avvikelser.filter(
      (a) => /\d{6}/.test(a.beskrivning) || a.beskrivning.split(/[^\p{L}-]+/u).some((word) => names.has(word)),
    );
    expect(offending.map((a) => a.beskrivning)).toEqual([]);
  });

  it('numbers avvikelser in the order they were reported', () => {
    const avvikelser = world.samverkan.avvikelser;
    expect(avvikelser[0]?.id).toBe('avv-000001');
    for (let index = 1; index < avvikelser.length; index++) {
      expect(avvikelser[index - 1]!.rapporteradTid <= avvikelser[index]!.rapporteradTid).toBe(true);
    }
  });

  it('gives SIPs to about 8% of the kommun patients, with mixed statuses', () => {
    const share = world.samverkan.sipar.length / world.kommun.patienter.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.11);
    expect(new Set(world.samverkan.sipar.map((s) => s.status)).size).toBeGreaterThanOrEqual(5);
  });
});
