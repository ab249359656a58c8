// Places the demo patients (demoPatients.ts) with their fixed picture. They are
// kept out of the random steps' patient lists, so nothing else changes them.
import { fromDayNumber, toDayNumber } from './calendarDays.js';
import { demoPatients } from './demoPatients.js';
import { angeredTeamId } from './generateNarsjukvardsteam.js';
import { boendeEnhetHsaId } from './hsaIds.js';
import { addBoendeVistelse, addHemsjukvardInskrivning, addHemtjanstBeslut } from './kommunInsatser.js';
import { profileFor, registerKommunPatient } from './patientProfiles.js';
import { createRandom, type Random } from './random.js';
import { nextId, required, type PatientProfile, type SeedContext } from './seedContext.js';
import type { AvvikelseSeed, BoendeSeed, SipSeed } from './World.js';

type DemoPersonnummer = (typeof demoPatients)[number]['personnummer'];

export interface DemoPlacement {
  patient: PatientProfile;
  vardcentralHsaId: string;
  boende: BoendeSeed | null;
}

export type DemoPlacements = Record<DemoPersonnummer, DemoPlacement>;

const goteborg = '1480';
const angered = '1480-angered';

/** The kommun and region facts of the demo patients; run before the random patients take the places. */
export function addDemoPatients(context: SeedContext): DemoPlacements {
  const random = createRandom('demo-patients');
  for (const { personnummer } of demoPatients) context.personnummerPool.reserve(personnummer);

  // 191212121212: every relation at once, in Angered.
  const sarskiltBoende = firstBoende(context, (boende) => boende.naromradeId === angered && boende.typ === 'SARSKILT_BOENDE');
  const tolvan = kommunPatient(context, '191212121212', angered);
  // Hemtjänst at home until the move to the särskilt boende, whose own staff give the care from then on.
  addHemtjanstBeslut(context, random, tolvan, context.referenceDay - 700, context.referenceDay - 180, {
    insatser: ['SERVICE', 'PERSONLIG_OMSORG', 'TRYGGHETSLARM', 'MATDISTRIBUTION'],
    regi: 'KOMMUNAL',
  });
  addHemsjukvardInskrivning(context, random, tolvan, context.referenceDay - 420, null, [
    { typ: 'LAKEMEDELSHANTERING', besokPerVecka: 14 },
    { typ: 'SARVARD', besokPerVecka: 3 },
    { typ: 'PROVTAGNING', besokPerVecka: 1 },
  ]);
  addBoendeVistelse(context, tolvan, sarskiltBoende.id, context.referenceDay - 180, null);
  const tolvanVardcentral = addListning(context, random, tolvan, '2012-03-01', '2023-05-15');
  context.world.vgr.narsjukvardsteamEpisoder.push({
    id: nextId(context, 'nste', 5),
    personnummer: tolvan.personnummer,
    teamId: angeredTeamId,
    startdatum: fromDayNumber(context.referenceDay - 21),
    slutdatum: null,
    orsak: 'Hjärtsvikt med upprepade inläggningar, uppföljning i hemmet',
  });

  // 194408139089: hemsjukvård and hemtjänst at home in Borås.
  const boras = kommunPatient(context, '194408139089', firstNaromradeOf(context, '1490'));
  addHemtjanstBeslut(context, random, boras, context.referenceDay - 900, null, { insatser: ['SERVICE', 'PERSONLIG_OMSORG', 'TRYGGHETSLARM'] });
  addHemsjukvardInskrivning(context, random, boras, context.referenceDay - 300, null, [
    { typ: 'LAKEMEDELSHANTERING', besokPerVecka: 7 },
    { typ: 'DIABETESVARD', besokPerVecka: 14 },
  ]);
  const borasVardcentral = addListning(context, random, boras, '2010-06-14', '2022-09-01');

  // 195005050512: hemtjänst only, in Mölndal.
  const molndal = kommunPatient(context, '195005050512', firstNaromradeOf(context, '1481'));
  addHemtjanstBeslut(context, random, molndal, context.referenceDay - 240, null, { insatser: ['SERVICE', 'TRYGGHETSLARM'], regi: 'KOMMUNAL' });
  const molndalVardcentral = addListning(context, random, molndal, '2015-01-20', null);

  // 199006022397: a younger adult in a bostad med särskild service in Göteborg.
  const bostad = firstBoende(context, (boende) => boende.kommunkod === goteborg && boende.typ === 'BOSTAD_MED_SARSKILD_SERVICE');
  const lss = kommunPatient(context, '199006022397', bostad.naromradeId);
  addBoendeVistelse(context, lss, bostad.id, context.referenceDay - 1_500, null);
  const lssVardcentral = addListning(context, random, lss, '2014-08-11', null);

  return {
    '191212121212': { patient: tolvan, vardcentralHsaId: tolvanVardcentral, boende: sarskiltBoende },
    '194408139089': { patient: boras, vardcentralHsaId: borasVardcentral, boende: null },
    '195005050512': { patient: molndal, vardcentralHsaId: molndalVardcentral, boende: null },
    '199006022397': { patient: lss, vardcentralHsaId: lssVardcentral, boende: bostad },
  };
}

/** The demo patients' SIPs and avvikelser; run before the random ones so they get the first ids. */
export function addDemoSamverkan(context: SeedContext, placements: DemoPlacements): void {
  const tolvan = placements['191212121212'];
  const boras = placements['194408139089'];
  context.world.samverkan.sipar.push(
    demoSip(context, tolvan.patient, 'UPPFOLJNING', tolvan.patient.kommunkod, 150, 150, 21),
    demoSip(context, boras.patient, 'MOTE_HALLET', boras.patient.kommunkod, 60, 58, 30),
  );

  const boendeEnhet = boendeEnhetHsaId(required(context.boendeById, tolvan.patient.currentBoendeId ?? '', 'boende').id);
  context.world.samverkan.avvikelser.push(
    demoAvvikelse(context, tolvan.patient, {
      kategori: 'LAKEMEDEL',
      status: 'MOTTAGEN',
      daysAgo: 12,
      reportedAt: 'T09:15:00.000Z',
      receivedDaysAgo: 11,
      feedbackDaysAgo: null,
      fromKommun: true,
      enhet: boendeEnhet,
      beskrivning: 'Dosändring av antikoagulantia ordinerades per telefon utan att läkemedelslistan uppdaterades.',
    }),
    demoAvvikelse(context, tolvan.patient, {
      kategori: 'INFORMATIONSOVERFORING',
      status: 'ATERKOPPLAD',
      daysAgo: 40,
      reportedAt: 'T13:40:00.000Z',
      receivedDaysAgo: 39,
      feedbackDaysAgo: 8,
      fromKommun: false,
      enhet: tolvan.vardcentralHsaId,
      beskrivning: 'Förändrat hälsotillstånd meddelades inte vårdcentralen inför planerat läkarbesök.',
    }),
    demoAvvikelse(context, tolvan.patient, {
      kategori: 'LAKARMEDVERKAN',
      status: 'AVSLUTAD',
      daysAgo: 95,
      reportedAt: 'T10:05:00.000Z',
      receivedDaysAgo: 93,
      feedbackDaysAgo: 60,
      fromKommun: true,
      enhet: boendeEnhet,
      beskrivning: 'Planerad läkarrond på boendet ställdes in utan ersättare.',
    }),
  );
}

function kommunPatient(context: SeedContext, personnummer: DemoPersonnummer, naromradeId: string): PatientProfile {
  const birthDate = `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}`;
  const patient = profileFor(context, personnummer, toDayNumber(birthDate), naromradeId);
  registerKommunPatient(context, patient);
  return patient;
}

function firstBoende(context: SeedContext, matches: (boende: BoendeSeed) => boolean): BoendeSeed {
  const boende = context.world.kommun.boenden.find(matches);
  if (!boende) throw new Error('Seed generator: the boende a demo patient needs was not generated.');
  context.demoBoendeIds.add(boende.id);
  return boende;
}

function firstNaromradeOf(context: SeedContext, kommunkod: string): string {
  const definition = context.naromraden.find(({ naromrade }) => naromrade.kommunkod === kommunkod);
  if (!definition) throw new Error(`Seed generator: kommun ${kommunkod} has no närområde.`);
  return definition.naromrade.id;
}

/** Lists the patient at the närområde's first Närhälsan vårdcentral (else its first), optionally with fast läkarkontakt. */
function addListning(
  context: SeedContext,
  random: Random,
  patient: PatientProfile,
  listadSedan: string,
  fastLakarkontaktFran: string | null,
): string {
  const vardcentraler = required(context.vardcentralerByNaromrade, patient.naromradeId, 'vårdcentraler');
  const vardcentral = vardcentraler.find((candidate) => candidate.driftsform === 'REGION') ?? vardcentraler[0]!;
  // Every demo patient saw their vårdcentral a month ago: the region's side of their picture is current.
  const listning = { personnummer: patient.personnummer, vardcentralHsaId: vardcentral.hsaId, listadSedan, senasteVardkontakt: fromDayNumber(context.referenceDay - 30) };
  context.world.vgr.listningar.push(listning);
  context.listningByPersonnummer.set(patient.personnummer, listning);
  if (fastLakarkontaktFran !== null) {
    const lakare = random.pick(required(context.lakareByVardcentral, vardcentral.hsaId, 'läkare'));
    context.world.vgr.fastLakarkontakter.push({ personnummer: patient.personnummer, lakareHsaId: lakare.hsaId, fran: fastLakarkontaktFran });
  }
  return vardcentral.hsaId;
}

function demoSip(
  context: SeedContext,
  patient: PatientProfile,
  status: SipSeed['status'],
  huvudansvar: string,
  createdDaysAgo: number,
  consentDaysAgo: number,
  followUpInDays: number,
): SipSeed {
  return {
    id: nextId(context, 'sip', 5),
    personnummer: patient.personnummer,
    naromradeId: patient.naromradeId,
    status,
    huvudansvar,
    skapadDatum: fromDayNumber(context.referenceDay - createdDaysAgo),
    nastaUppfoljning: fromDayNumber(context.referenceDay + followUpInDays),
    samtyckeDatum: fromDayNumber(context.referenceDay - consentDaysAgo),
  };
}

interface DemoAvvikelse {
  kategori: AvvikelseSeed['kategori'];
  status: AvvikelseSeed['status'];
  daysAgo: number;
  reportedAt: string;
  /** Received this many days before the reference date (at 08:30Z); null while RAPPORTERAD. */
  receivedDaysAgo: number | null;
  /** Återkoppling given this many days before the reference date (at 14:00Z); for ATERKOPPLAD and AVSLUTAD. */
  feedbackDaysAgo: number | null;
  fromKommun: boolean;
  enhet: string;
  beskrivning: string;
}

function demoAvvikelse(context: SeedContext, patient: PatientProfile, avvikelse: DemoAvvikelse): AvvikelseSeed {
  const dag = fromDayNumber(context.referenceDay - avvikelse.daysAgo);
  return {
    id: '',
    kategori: avvikelse.kategori,
    status: avvikelse.status,
    handelsedatum: dag,
    rapporteradTid: `${dag}${avvikelse.reportedAt}`,
    rapporterandeHuvudman: avvikelse.fromKommun ? patient.kommunkod : 'VGR',
    rapporterandeEnhetHsaId: avvikelse.enhet,
    mottagandeHuvudman: avvikelse.fromKommun ? 'VGR' : patient.kommunkod,
    naromradeId: patient.naromradeId,
    kommunkod: patient.kommunkod,
    beskrivning: avvikelse.beskrivning,
    personnummer: patient.personnummer,
    mottagenTid: avvikelse.receivedDaysAgo === null ? null : `${fromDayNumber(context.referenceDay - avvikelse.receivedDaysAgo)}T08:30:00.000Z`,
    aterkoppladTid: avvikelse.feedbackDaysAgo === null ? null : `${fromDayNumber(context.referenceDay - avvikelse.feedbackDaysAgo)}T14:00:00.000Z`,
  };
}
