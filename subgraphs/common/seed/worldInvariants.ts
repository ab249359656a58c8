// Checks that every cross reference in a generated World resolves and that
// its periods and ids are well formed. Used by the tests of both scales; each
// check returns human-readable problems (empty when all is well).
import { isHsaId } from '../../../platform/identifiers/hsaId.js';
import { loadKommuner } from '../../../platform/reference/kommuner.js';
import { isIsoDate, isIsoDateTime } from '../../../platform/scalars/isoDate.js';
import { demoPatients } from './demoPatients.js';
import type { World } from './World.js';

export type WorldCheck = (world: World) => string[];

const vgrHsaPrefix = 'SE2321000131-';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

export const worldInvariants: Readonly<Record<string, WorldCheck>> = {
  'ids are unique within each array and use their readable prefix'(world) {
    const arrays: [string, readonly { id: string }[], RegExp][] = [
      ['narsjukvardsteam', world.vgr.narsjukvardsteam, /^(nst|pal)-[a-z0-9-]+$/],
      ['narsjukvardsteamEpisoder', world.vgr.narsjukvardsteamEpisoder, /^nste-\d{5,}$/],
      ['boenden', world.kommun.boenden, /^boende-14\d\d-\d{4}$/],
      ['hemsjukvardInskrivningar', world.kommun.hemsjukvardInskrivningar, /^hsj-\d{6,}$/],
      ['hemtjanstBeslut', world.kommun.hemtjanstBeslut, /^htj-\d{6,}$/],
      ['boendeVistelser', world.kommun.boendeVistelser, /^bv-\d{6,}$/],
      ['naromraden', world.samverkan.naromraden, /^14\d\d-[a-z0-9-]+$/],
      ['naromradesplaner', world.samverkan.naromradesplaner, /^plan-14\d\d-[a-z0-9-]+-v\d+$/],
      ['boendeansvar', world.samverkan.boendeansvar, /^ba-\d{5,}$/],
      ['atgarder', world.samverkan.atgarder, /^atg-\d{5,}$/],
      ['avvikelser', world.samverkan.avvikelser, /^avv-\d{6,}$/],
      ['sipar', world.samverkan.sipar, /^sip-\d{5,}$/],
    ];
    return arrays.flatMap(([name, items, pattern]) => [
      ...duplicates(items.map((item) => item.id)).map((id) => `${name}: duplicate id ${id}`),
      ...items.filter((item) => !pattern.test(item.id)).map((item) => `${name}: malformed id ${item.id}`),
    ]);
  },

  'HSA-ids are well formed and unique'(world) {
    const problems: string[] = [];
    const vgrIds = [...world.vgr.vardcentraler.map((v) => v.hsaId), ...world.vgr.lakare.map((l) => l.hsaId)];
    problems.push(...duplicates(vgrIds).map((id) => `duplicate VGR HSA-id ${id}`));
    for (const id of vgrIds) {
      if (!isHsaId(id) || !id.startsWith(vgrHsaPrefix)) problems.push(`bad VGR HSA-id ${id}`);
    }
    for (const inskrivning of world.kommun.hemsjukvardInskrivningar) {
      const { hsaId } = inskrivning.ansvarigSjukskoterska;
      if (!isHsaId(hsaId) || !hsaId.startsWith(`SE212000${inskrivning.kommunkod}-`)) {
        problems.push(`${inskrivning.id}: sjuksköterska ${hsaId} is not a ${inskrivning.kommunkod} HSA-id`);
      }
    }
    return problems;
  },

  'every kommunkod and naromradeId resolves, with matching kommun'(world) {
    const kommunkoder = new Set(loadKommuner().map((kommun) => kommun.kommunkod));
    const naromraden = indexBy(world.samverkan.naromraden, (n) => n.id);
    const problems = world.samverkan.naromraden
      .filter((n) => !kommunkoder.has(n.kommunkod))
      .map((n) => `närområde ${n.id}: unknown kommunkod ${n.kommunkod}`);
    const located: [string, { naromradeId: string; kommunkod?: string }][] = [
      ...world.vgr.vardcentraler.map((v) => [`vårdcentral ${v.hsaId}`, v] as [string, typeof v]),
      ...world.kommun.boenden.map((b) => [`boende ${b.id}`, b] as [string, typeof b]),
      ...world.kommun.patienter.map((p) => [`patient ${p.personnummer}`, p] as [string, typeof p]),
      ...world.samverkan.naromradesplaner.map((p) => [`plan ${p.id}`, p] as [string, typeof p]),
      ...world.samverkan.avvikelser.map((a) => [`avvikelse ${a.id}`, a] as [string, typeof a]),
      ...world.samverkan.sipar.map((s) => [`sip ${s.id}`, s] as [string, typeof s]),
    ];
    for (const [what, item] of located) {
      const naromrade = naromraden.get(item.naromradeId);
      if (!naromrade) problems.push(`${what}: unknown närområde ${item.naromradeId}`);
      else if (item.kommunkod !== undefined && item.kommunkod !== naromrade.kommunkod) {
        problems.push(`${what}: kommunkod ${item.kommunkod} but närområde ${naromrade.id}`);
      }
    }
    for (const team of world.vgr.narsjukvardsteam) {
      for (const kommunkod of team.kommunkoder) if (!kommunkoder.has(kommunkod)) problems.push(`team ${team.id}: unknown kommun ${kommunkod}`);
    }
    return problems;
  },

  'every närområde has a vårdcentral, a boende and exactly one current plan'(world) {
    const problems: string[] = [];
    for (const naromrade of world.samverkan.naromraden) {
      if (!world.vgr.vardcentraler.some((v) => v.naromradeId === naromrade.id)) problems.push(`${naromrade.id}: no vårdcentral`);
      if (!world.kommun.boenden.some((b) => b.naromradeId === naromrade.id)) problems.push(`${naromrade.id}: no boende`);
      const plans = world.samverkan.naromradesplaner.filter((p) => p.naromradeId === naromrade.id).sort((a, b) => a.version - b.version);
      const current = plans.filter((p) => p.giltigTill === null);
      if (current.length !== 1 || current[0] !== plans.at(-1)) problems.push(`${naromrade.id}: the highest version must be the only current plan`);
      plans.forEach((plan, index) => {
        if (plan.version !== index + 1) problems.push(`${plan.id}: versions must run 1, 2, …`);
        if (plan.faststalldDatum > plan.giltigFran) problems.push(`${plan.id}: fastställd after giltig från`);
        const next = plans[index + 1];
        if (next && !(plan.giltigTill !== null && plan.giltigTill < next.giltigFran)) problems.push(`${plan.id}: must end before ${next.id} starts`);
      });
    }
    return problems;
  },

  'läkare, listningar, fast läkarkontakt and team episodes resolve'(world) {
    const problems: string[] = [];
    const vardcentraler = indexBy(world.vgr.vardcentraler, (v) => v.hsaId);
    const lakare = indexBy(world.vgr.lakare, (l) => l.hsaId);
    const teams = indexBy(world.vgr.narsjukvardsteam, (t) => t.id);
    const listningar = indexBy(world.vgr.listningar, (l) => l.personnummer);
    problems.push(...duplicates(world.vgr.listningar.map((l) => l.personnummer)).map((p) => `${p} is listed twice`));
    for (const l of world.vgr.lakare) if (!vardcentraler.has(l.vardcentralHsaId)) problems.push(`läkare ${l.hsaId}: unknown vårdcentral`);
    for (const l of world.vgr.listningar) if (!vardcentraler.has(l.vardcentralHsaId)) problems.push(`listning ${l.personnummer}: unknown vårdcentral`);
    for (const patient of world.kommun.patienter) {
      const listning = listningar.get(patient.personnummer);
      if (!listning) problems.push(`kommun patient ${patient.personnummer} is not listed`);
      else if (vardcentraler.get(listning.vardcentralHsaId)?.naromradeId !== patient.naromradeId) {
        problems.push(`${patient.personnummer}: listed outside närområde ${patient.naromradeId}`);
      }
    }
    for (const kontakt of world.vgr.fastLakarkontakter) {
      const listning = listningar.get(kontakt.personnummer);
      if (!listning) problems.push(`fast läkarkontakt for unlisted ${kontakt.personnummer}`);
      else if (lakare.get(kontakt.lakareHsaId)?.vardcentralHsaId !== listning.vardcentralHsaId) {
        problems.push(`${kontakt.personnummer}: fast läkarkontakt does not work at the listing vårdcentral`);
      }
      if (listning && kontakt.fran < listning.listadSedan) problems.push(`${kontakt.personnummer}: fast läkarkontakt before listning`);
    }
    for (const episod of world.vgr.narsjukvardsteamEpisoder) {
      const team = teams.get(episod.teamId);
      const listning = listningar.get(episod.personnummer);
      if (!team) problems.push(`${episod.id}: unknown team ${episod.teamId}`);
      if (!listning) problems.push(`${episod.id}: patient not listed`);
      const kommunkod = listning && vardcentraler.get(listning.vardcentralHsaId)?.kommunkod;
      if (team && kommunkod && !team.kommunkoder.includes(kommunkod)) problems.push(`${episod.id}: ${team.id} does not serve ${kommunkod}`);
      if (episod.slutdatum !== null && episod.slutdatum < episod.startdatum) problems.push(`${episod.id}: ends before it starts`);
      if (episod.orsak.trim() === '') problems.push(`${episod.id}: no orsak`);
    }
    return problems;
  },

  'kommun insatser and stays belong to kommun patients of the same kommun'(world) {
    const problems: string[] = [];
    const patienter = indexBy(world.kommun.patienter, (p) => p.personnummer);
    const boenden = indexBy(world.kommun.boenden, (b) => b.id);
    problems.push(...duplicates(world.kommun.patienter.map((p) => p.personnummer)).map((p) => `kommun patient ${p} twice`));
    const withInsats = new Set<string>();
    const insatser = [
      ...world.kommun.hemsjukvardInskrivningar.map((i) => ({ id: i.id, personnummer: i.personnummer, kommunkod: i.kommunkod, from: i.inskrivenFran, to: i.utskrivenDatum })),
      ...world.kommun.hemtjanstBeslut.map((b) => ({ id: b.id, personnummer: b.personnummer, kommunkod: b.kommunkod, from: b.beslutsdatum, to: b.giltigTill })),
      ...world.kommun.boendeVistelser.map((v) => ({ id: v.id, personnummer: v.personnummer, kommunkod: boenden.get(v.boendeId)?.kommunkod, from: v.fran, to: v.till })),
    ];
    for (const insats of insatser) {
      withInsats.add(insats.personnummer);
      const patient = patienter.get(insats.personnummer);
      if (!patient) problems.push(`${insats.id}: not a kommun patient`);
      else if (insats.kommunkod !== patient.kommunkod) problems.push(`${insats.id}: kommun ${insats.kommunkod} ≠ patient's ${patient.kommunkod}`);
      if (insats.to !== null && insats.to < insats.from) problems.push(`${insats.id}: ends before it starts`);
      if (insats.from > world.referenceDate) problems.push(`${insats.id}: starts after the reference date`);
      if (insats.to !== null && insats.to > world.referenceDate) problems.push(`${insats.id}: an ended period must not end in the future`);
    }
    for (const patient of world.kommun.patienter) if (!withInsats.has(patient.personnummer)) problems.push(`${patient.personnummer}: no insats`);
    for (const stay of world.kommun.boendeVistelser) if (!boenden.has(stay.boendeId)) problems.push(`${stay.id}: unknown boende`);
    return problems;
  },

  'boenden are not over capacity and nobody has two current stays'(world) {
    const problems: string[] = [];
    const occupancy = new Map<string, number>();
    const current = world.kommun.boendeVistelser.filter((v) => v.till === null);
    for (const stay of current) occupancy.set(stay.boendeId, (occupancy.get(stay.boendeId) ?? 0) + 1);
    for (const boende of world.kommun.boenden) {
      if (boende.antalPlatser < 6 || boende.antalPlatser > 90) problems.push(`${boende.id}: ${boende.antalPlatser} places`);
      if ((occupancy.get(boende.id) ?? 0) >= boende.antalPlatser) problems.push(`${boende.id}: full or over capacity`);
    }
    problems.push(...duplicates(current.map((v) => v.personnummer)).map((p) => `${p} has two current stays`));
    return problems;
  },

  'boendeansvar rows: same närområde, läkare at the vårdcentral, one row per boende and plan'(world) {
    const problems: string[] = [];
    const plans = indexBy(world.samverkan.naromradesplaner, (p) => p.id);
    const boenden = indexBy(world.kommun.boenden, (b) => b.id);
    const vardcentraler = indexBy(world.vgr.vardcentraler, (v) => v.hsaId);
    const lakare = indexBy(world.vgr.lakare, (l) => l.hsaId);
    for (const row of world.samverkan.boendeansvar) {
      const plan = plans.get(row.planId);
      const boende = boenden.get(row.boendeId);
      const vardcentral = vardcentraler.get(row.vardcentralHsaId);
      if (!plan || !boende || !vardcentral) {
        problems.push(`${row.id}: unknown plan, boende or vårdcentral`);
        continue;
      }
      if (boende.naromradeId !== plan.naromradeId || vardcentral.naromradeId !== plan.naromradeId) problems.push(`${row.id}: crosses närområden`);
      if (lakare.get(row.lakareHsaId)?.vardcentralHsaId !== row.vardcentralHsaId) problems.push(`${row.id}: läkare does not work at the vårdcentral`);
      if (row.lakarmedverkanTimmarPerVecka < 0.5 || (row.lakarmedverkanTimmarPerVecka * 2) % 1 !== 0) problems.push(`${row.id}: hours not in half hours`);
      if (!/^010-4\d\d \d\d \d\d$/.test(row.kontaktperson.telefon) || row.kontaktperson.namn.trim() === '') problems.push(`${row.id}: bad kontaktperson`);
    }
    problems.push(...duplicates(world.samverkan.boendeansvar.map((r) => `${r.planId}/${r.boendeId}`)).map((key) => `${key} twice`));
    return problems;
  },

  'åtgärder belong to a plan and are owned by VGR or its kommun'(world) {
    const plans = indexBy(world.samverkan.naromradesplaner, (p) => p.id);
    const naromraden = indexBy(world.samverkan.naromraden, (n) => n.id);
    return world.samverkan.atgarder.flatMap((atgard) => {
      const plan = plans.get(atgard.planId);
      if (!plan) return [`${atgard.id}: unknown plan`];
      const kommunkod = naromraden.get(plan.naromradeId)?.kommunkod;
      return atgard.agare === 'VGR' || atgard.agare === kommunkod ? [] : [`${atgard.id}: owner ${atgard.agare}`];
    });
  },

  'avvikelser: one side each, units of the reporter, patient of the kommun, no personal data in the text'(world) {
    const problems: string[] = [];
    const vardcentraler = indexBy(world.vgr.vardcentraler, (v) => v.hsaId);
    const patienter = indexBy(world.kommun.patienter, (p) => p.personnummer);
    for (const a of world.samverkan.avvikelser) {
      const fromVgr = a.rapporterandeHuvudman === 'VGR';
      if (fromVgr ? a.mottagandeHuvudman !== a.kommunkod : a.rapporterandeHuvudman !== a.kommunkod || a.mottagandeHuvudman !== 'VGR') {
        problems.push(`${a.id}: must run between VGR and kommun ${a.kommunkod}`);
      }
      if (fromVgr && vardcentraler.get(a.rapporterandeEnhetHsaId)?.naromradeId !== a.naromradeId) problems.push(`${a.id}: VGR unit is not a vårdcentral of the närområde`);
      if (!fromVgr && !(isHsaId(a.rapporterandeEnhetHsaId) && a.rapporterandeEnhetHsaId.startsWith(`SE212000${a.kommunkod}-`))) {
        problems.push(`${a.id}: kommun unit ${a.rapporterandeEnhetHsaId}`);
      }
      if (!isIsoDate(a.handelsedatum) || !isIsoDateTime(a.rapporteradTid) || a.rapporteradTid.slice(0, 10) < a.handelsedatum) problems.push(`${a.id}: bad dates`);
      if (a.rapporteradTid.slice(0, 10) > world.referenceDate) problems.push(`${a.id}: reported after the reference date`);
      if (a.personnummer !== null && patienter.get(a.personnummer)?.kommunkod !== a.kommunkod) problems.push(`${a.id}: patient not of kommun ${a.kommunkod}`);
      if (/\d{6}/.test(a.beskrivning) || a.beskrivning.length < 20) problems.push(`${a.id}: description "${a.beskrivning}"`);
    }
    return problems;
  },

  'avvikelser: received after the report, återkoppling after receipt, both only where the status has them, none after the reference date'(world) {
    const problems: string[] = [];
    const latest = Date.parse(`${world.referenceDate}T21:59:59.000Z`);
    for (const a of world.samverkan.avvikelser) {
      const received = a.status !== 'RAPPORTERAD';
      const answered = a.status === 'ATERKOPPLAD' || a.status === 'AVSLUTAD';
      if ((a.mottagenTid !== null) !== received) problems.push(`${a.id}: mottagenTid ${a.mottagenTid} with status ${a.status}`);
      if ((a.aterkoppladTid !== null) !== answered) problems.push(`${a.id}: aterkoppladTid ${a.aterkoppladTid} with status ${a.status}`);
      if (a.mottagenTid !== null) {
        const mottagen = Date.parse(a.mottagenTid);
        if (!isIsoDateTime(a.mottagenTid) || mottagen < Date.parse(a.rapporteradTid)) problems.push(`${a.id}: received before it was reported`);
        if (mottagen - Date.parse(a.rapporteradTid) > 10 * 86_400_000) problems.push(`${a.id}: received more than 10 days after the report`);
        if (mottagen > latest) problems.push(`${a.id}: received after the reference date`);
      }
      if (a.aterkoppladTid !== null) {
        if (!isIsoDateTime(a.aterkoppladTid) || a.mottagenTid === null || Date.parse(a.aterkoppladTid) < Date.parse(a.mottagenTid)) {
          problems.push(`${a.id}: återkoppling before receipt`);
        }
        if (Date.parse(a.aterkoppladTid) > latest) problems.push(`${a.id}: återkoppling after the reference date`);
      }
    }
    return problems;
  },

  'SIPs are for kommun patients who are also listed, with consent'(world) {
    const patienter = indexBy(world.kommun.patienter, (p) => p.personnummer);
    const listed = new Set(world.vgr.listningar.map((l) => l.personnummer));
    return world.samverkan.sipar.flatMap((sip) => {
      const problems: string[] = [];
      const patient = patienter.get(sip.personnummer);
      if (!patient || !listed.has(sip.personnummer)) problems.push(`${sip.id}: not a listed kommun patient`);
      else if (patient.naromradeId !== sip.naromradeId) problems.push(`${sip.id}: närområde differs from the patient's`);
      if (sip.huvudansvar !== 'VGR' && sip.huvudansvar !== patient?.kommunkod) problems.push(`${sip.id}: huvudansvar ${sip.huvudansvar}`);
      if (sip.samtyckeDatum < sip.skapadDatum || sip.samtyckeDatum > world.referenceDate) problems.push(`${sip.id}: consent date`);
      if ((sip.status === 'AVSLUTAD') !== (sip.nastaUppfoljning === null)) problems.push(`${sip.id}: follow-up date must be set exactly while open`);
      return problems;
    });
  },

  'every date is a real calendar date'(world) {
    const dates: (string | null)[] = [
      ...world.vgr.listningar.map((l) => l.listadSedan),
      ...world.vgr.fastLakarkontakter.map((f) => f.fran),
      ...world.vgr.narsjukvardsteamEpisoder.flatMap((e) => [e.startdatum, e.slutdatum]),
      ...world.kommun.hemsjukvardInskrivningar.flatMap((i) => [i.inskrivenFran, i.utskrivenDatum]),
      ...world.kommun.hemtjanstBeslut.flatMap((b) => [b.beslutsdatum, b.giltigTill]),
      ...world.kommun.boendeVistelser.flatMap((v) => [v.fran, v.till]),
      ...world.samverkan.naromradesplaner.flatMap((p) => [p.giltigFran, p.giltigTill, p.faststalldDatum]),
      ...world.samverkan.atgarder.map((a) => a.sistaDatum),
      ...world.samverkan.sipar.flatMap((s) => [s.skapadDatum, s.nastaUppfoljning, s.samtyckeDatum]),
    ];
    return dates.filter((date): date is string => date !== null && !isIsoDate(date)).slice(0, 20).map((date) => `bad date ${date}`);
  },

  'the demo patients have their documented picture'(world) {
    const problems: string[] = [];
    const expect = (condition: boolean, problem: string): void => {
      if (!condition) problems.push(problem);
    };
    const patient = (personnummer: string) => world.kommun.patienter.find((p) => p.personnummer === personnummer);
    const listning = (personnummer: string) => world.vgr.listningar.find((l) => l.personnummer === personnummer);
    const vardcentralOf = (personnummer: string) =>
      world.vgr.vardcentraler.find((v) => v.hsaId === listning(personnummer)?.vardcentralHsaId);
    const activeHsj = (personnummer: string) =>
      world.kommun.hemsjukvardInskrivningar.filter((i) => i.personnummer === personnummer && i.utskrivenDatum === null);
    const activeHtj = (personnummer: string) =>
      world.kommun.hemtjanstBeslut.filter((b) => b.personnummer === personnummer && b.giltigTill === null);
    const currentBoende = (personnummer: string) => {
      const stays = world.kommun.boendeVistelser.filter((v) => v.personnummer === personnummer && v.till === null);
      return stays.length === 1 ? world.kommun.boenden.find((b) => b.id === stays[0]!.boendeId) : undefined;
    };
    const openSip = (personnummer: string) =>
      world.samverkan.sipar.some((sip) => sip.personnummer === personnummer && sip.status !== 'AVSLUTAD');

    for (const { personnummer } of demoPatients) expect(listning(personnummer) !== undefined, `${personnummer}: not listed`);

    const tolvan = '191212121212';
    expect(patient(tolvan)?.naromradeId === '1480-angered', `${tolvan}: not a kommun patient in 1480-angered`);
    expect(vardcentralOf(tolvan)?.naromradeId === '1480-angered', `${tolvan}: not listed in Angered`);
    const kontakt = world.vgr.fastLakarkontakter.find((f) => f.personnummer === tolvan);
    expect(
      world.vgr.lakare.find((l) => l.hsaId === kontakt?.lakareHsaId)?.vardcentralHsaId === listning(tolvan)?.vardcentralHsaId,
      `${tolvan}: no fast läkarkontakt at the listing vårdcentral`,
    );
    expect(
      world.vgr.narsjukvardsteamEpisoder.some(
        (e) => e.personnummer === tolvan && e.slutdatum === null && world.vgr.narsjukvardsteam.find((t) => t.id === e.teamId)?.typ === 'NARSJUKVARDSTEAM',
      ),
      `${tolvan}: no open närsjukvårdsteam episode`,
    );
    const inskrivningar = activeHsj(tolvan);
    expect(inskrivningar.length === 1 && inskrivningar[0]!.insatser.length >= 2 && inskrivningar[0]!.insatser.length <= 3, `${tolvan}: needs one active inskrivning with 2–3 insatser`);
    const hemtjanst = world.kommun.hemtjanstBeslut.filter((b) => b.personnummer === tolvan);
    const stay = world.kommun.boendeVistelser.find((v) => v.personnummer === tolvan && v.till === null);
    expect(
      activeHtj(tolvan).length === 0 && hemtjanst.length === 1 && hemtjanst[0]!.giltigTill === stay?.fran,
      `${tolvan}: needs a hemtjänst beslut that ended when the särskilt boende began, and none active`,
    );
    const boende = currentBoende(tolvan);
    expect(boende?.typ === 'SARSKILT_BOENDE' && boende.naromradeId === '1480-angered', `${tolvan}: needs a current stay at a särskilt boende in Angered`);
    expect(openSip(tolvan), `${tolvan}: needs an active SIP`);
    expect(world.samverkan.avvikelser.filter((a) => a.personnummer === tolvan).length >= 2, `${tolvan}: needs two avvikelser`);

    const boras = '194408139089';
    expect(patient(boras)?.kommunkod === '1490', `${boras}: not a Borås patient`);
    expect(activeHsj(boras).length === 1 && activeHtj(boras).length === 1, `${boras}: needs hemsjukvård and hemtjänst`);
    expect(openSip(boras), `${boras}: needs an active SIP`);

    const molndal = '195005050512';
    expect(patient(molndal)?.kommunkod === '1481', `${molndal}: not a Mölndal patient`);
    expect(
      activeHtj(molndal).length === 1 &&
        !world.kommun.hemsjukvardInskrivningar.some((i) => i.personnummer === molndal) &&
        !world.kommun.boendeVistelser.some((v) => v.personnummer === molndal),
      `${molndal}: needs hemtjänst only`,
    );

    const lss = '199006022397';
    expect(patient(lss)?.kommunkod === '1480', `${lss}: not a Göteborg patient`);
    expect(currentBoende(lss)?.typ === 'BOSTAD_MED_SARSKILD_SERVICE', `${lss}: needs a current stay in a bostad med särskild service`);
    return problems;
  },
};
