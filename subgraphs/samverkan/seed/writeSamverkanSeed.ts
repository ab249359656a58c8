// Writes the shared layer's slice of the synthetic world (`world.samverkan`).
// Runs inside seedIfEmpty's transaction, after syncSamverkanReference has
// filled the reference tables the rows point to.
import type { Kysely } from 'kysely';
import { insertInChunks } from '../../common/database/insertInChunks.js';
import { loadKommuner } from '../../../platform/reference/kommuner.js';
import type { World } from '../../common/seed/World.js';
import type { SamverkanDatabase } from '../database.js';
import { avvikelseHistorik, mottagandeEnhetHsaId } from './avvikelseHistorik.js';
import { sipSeedInnehall } from './sipInnehall.js';

export async function writeSamverkanSeed(db: Kysely<SamverkanDatabase>, world: World): Promise<void> {
  const slice = world.samverkan;
  const omradeByKommunkod = new Map(loadKommuner().map((kommun) => [kommun.kommunkod, kommun.vardsamverkansomradeId]));

  await insertInChunks(
    db,
    'naromrade',
    slice.naromraden.map((naromrade) => ({ id: naromrade.id, namn: naromrade.namn, kommunkod: naromrade.kommunkod })),
  );
  await insertInChunks(
    db,
    'naromradesplan',
    slice.naromradesplaner.map((plan) => ({
      id: plan.id,
      naromrade_id: plan.naromradeId,
      version: plan.version,
      giltig_fran: plan.giltigFran,
      giltig_till: plan.giltigTill,
      faststalld_datum: plan.faststalldDatum,
    })),
  );
  await insertInChunks(
    db,
    'boendeansvar',
    slice.boendeansvar.map((ansvar) => ({
      id: ansvar.id,
      plan_id: ansvar.planId,
      boende_id: ansvar.boendeId,
      vardcentral_hsa_id: ansvar.vardcentralHsaId,
      lakare_hsa_id: ansvar.lakareHsaId,
      lakarmedverkan_timmar_per_vecka: ansvar.lakarmedverkanTimmarPerVecka,
      rondfrekvens: ansvar.rondfrekvens,
      kontaktperson_namn: ansvar.kontaktperson.namn,
      kontaktperson_telefon: ansvar.kontaktperson.telefon,
    })),
  );
  await insertInChunks(
    db,
    'atgard',
    slice.atgarder.map((atgard) => ({
      id: atgard.id,
      plan_id: atgard.planId,
      beskrivning: atgard.beskrivning,
      agare: atgard.agare,
      ansvarig_enhet: atgard.ansvarigEnhet,
      sista_datum: atgard.sistaDatum,
      status: atgard.status,
    })),
  );
  await insertInChunks(
    db,
    'nosam_mote',
    slice.moten.map((mote) => ({
      id: mote.id,
      naromrade_id: mote.naromradeId,
      datum: mote.datum,
      starttid: mote.starttid,
      plats: mote.plats,
      deltagare: mote.medverkande.map((person) => `${person.namn} (${person.roll}, ${person.organisation})`),
      // Recorded the afternoon of the meeting, by the seed rather than a person.
      registrerad_tid: `${mote.datum}T15:00:00.000Z`,
      registrerad_av: 'samsyn-seed',
    })),
  );
  await insertInChunks(
    db,
    'motesdeltagare',
    slice.moten.flatMap((mote) => mote.medverkande.map((person, index) => ({ mote_id: mote.id, ordning: index + 1, ...person }))),
  );
  await insertInChunks(
    db,
    'motesbeslut',
    slice.moten.flatMap((mote) =>
      mote.beslut.map((beslut, index) => ({
        id: `${mote.id}-b${index + 1}`,
        mote_id: mote.id,
        ordning: index + 1,
        beskrivning: beslut.beskrivning,
        skapad_atgard_id: beslut.skapadAtgardId,
        stangd_atgard_id: null,
      })),
    ),
  );
  const latestMs = Date.parse(`${world.referenceDate}T21:59:59.000Z`);
  const historik = new Map(slice.avvikelser.map((avvikelse) => [avvikelse.id, avvikelseHistorik(avvikelse, latestMs)]));
  await insertInChunks(
    db,
    'avvikelse',
    slice.avvikelser.map((avvikelse) => ({
      id: avvikelse.id,
      // Seeded reports were not made through the API, so they have no client key.
      klientnyckel: null,
      innehallshash: null,
      kategori: avvikelse.kategori,
      status: avvikelse.status,
      handelsedatum: avvikelse.handelsedatum,
      rapporterad_tid: avvikelse.rapporteradTid,
      rapporterande_huvudman: avvikelse.rapporterandeHuvudman,
      rapporterande_enhet_hsa_id: avvikelse.rapporterandeEnhetHsaId,
      mottagande_huvudman: avvikelse.mottagandeHuvudman,
      naromrade_id: avvikelse.naromradeId,
      kommunkod: avvikelse.kommunkod,
      vardsamverkansomrade_id: vardsamverkansomradeOf(omradeByKommunkod, avvikelse.kommunkod),
      beskrivning: avvikelse.beskrivning,
      personnummer: avvikelse.personnummer,
      version: historik.get(avvikelse.id)!.length,
      mottagen_tid: avvikelse.mottagenTid,
      mottagande_enhet_hsa_id: avvikelse.mottagenTid === null ? null : mottagandeEnhetHsaId(avvikelse.mottagandeHuvudman),
      aterkopplad_tid: avvikelse.aterkoppladTid,
      avvisad_anledning: null,
      systemfel_niva: null,
    })),
  );
  // Every seeded step as its own row, so the history reads like one made through the API.
  await insertInChunks(db, 'avvikelsehandelse', [...historik.values()].flat());
  // The content of each seeded SIP is derived from its id (seed/sipInnehall.ts).
  const kommunkodByNaromrade = new Map(slice.naromraden.map((naromrade) => [naromrade.id, naromrade.kommunkod]));
  const sipar = slice.sipar.map((sip) => {
    const kommunkod = kommunkodByNaromrade.get(sip.naromradeId);
    if (!kommunkod) throw new Error(`Seed: SIP ${sip.id} lies in an unknown närområde ${sip.naromradeId}.`);
    return { sip, innehall: sipSeedInnehall(sip, kommunkod) };
  });
  await insertInChunks(
    db,
    'sip',
    sipar.map(({ sip, innehall }) => ({
      id: sip.id,
      personnummer: sip.personnummer,
      naromrade_id: sip.naromradeId,
      status: sip.status,
      huvudansvar: sip.huvudansvar,
      skapad_datum: sip.skapadDatum,
      nasta_uppfoljning: sip.nastaUppfoljning,
      samtycke_datum: sip.samtyckeDatum,
      version: innehall.version,
      klientnyckel: null,
      innehallshash: null,
      behov: innehall.behov,
      tredje_parter: innehall.tredjeParter,
    })),
  );
  await insertInChunks(
    db,
    'sip_insats',
    sipar.flatMap(({ sip, innehall }) => innehall.insatser.map((insats) => ({ sip_id: sip.id, ...insats }))),
  );
  await insertInChunks(
    db,
    'sip_deltagare',
    sipar.flatMap(({ sip, innehall }) => innehall.deltagare.map((deltagare) => ({ sip_id: sip.id, ...deltagare }))),
  );
}

function vardsamverkansomradeOf(omradeByKommunkod: Map<string, string>, kommunkod: string): string {
  const omrade = omradeByKommunkod.get(kommunkod);
  // A generator bug, not a user error: fail the seed (and its transaction) loudly.
  if (!omrade) throw new Error(`Seed: kommunkod ${kommunkod} is not in data/kommuner.csv.`);
  return omrade;
}
