// The content of a seeded SIP (needs, insatser, third parties, participants),
// derived deterministically from its id so the seed needs nothing new from the
// World generator: the same id always gives the same plan. The insatser are
// shared between the region and the kommun of the SIP's närområde.
import { createHash } from 'node:crypto';
import type { SipStatus } from '../../common/seed/World.js';

const behovKatalog = [
  'Stöd med läkemedelshantering',
  'Hjälp med personlig hygien',
  'Regelbunden tillsyn av sår',
  'Stöd i boendet efter utskrivning',
  'Samordnad planering inför hemgång',
  'Stöd för psykisk hälsa',
  'Hjälp med måltider',
  'Rehabilitering efter fall',
];

const regionInsatser = [
  { beskrivning: 'Läkemedelsgenomgång och uppföljning', verksamhet: 'Vårdcentral' },
  { beskrivning: 'Läkarbesök vid försämring', verksamhet: 'Vårdcentral' },
  { beskrivning: 'Samtalsstöd', verksamhet: 'Specialistpsykiatri' },
];

const kommunInsatser = [
  { beskrivning: 'Hemtjänst morgon och kväll', verksamhet: 'Hemtjänst' },
  { beskrivning: 'Såromläggning två gånger i veckan', verksamhet: 'Hemsjukvård' },
  { beskrivning: 'Rehabilitering i hemmet', verksamhet: 'Kommunal rehabilitering' },
  { beskrivning: 'Boendestöd', verksamhet: 'Socialpsykiatri' },
];

const tredjePartKatalog = ['Närstående handlar och följer med på besök', 'God man sköter ekonomin', 'Frivilligorganisation erbjuder social samvaro'];

/** Steps taken to reach each status (the version a SIP made through the API would have). */
const versionByStatus: Record<SipStatus, number> = { BEHOV_UPPTACKT: 1, FORBEREDD: 2, KALLAD: 3, MOTE_HALLET: 4, UPPFOLJNING: 5, AVSLUTAD: 6 };

export interface SipSeedInnehall {
  version: number;
  behov: string[];
  tredjeParter: string[];
  insatser: { ordning: number; beskrivning: string; huvudman: string; verksamhet: string }[];
  deltagare: { ordning: number; roll: string; huvudman: string | null }[];
}

function pick<Item>(items: readonly Item[], byte: number): Item {
  return items[byte % items.length]!;
}

export function sipSeedInnehall(sip: { id: string; status: SipStatus }, kommunkod: string): SipSeedInnehall {
  const bytes = createHash('sha256').update(sip.id, 'utf8').digest();
  const forsta = pick(behovKatalog, bytes[0]!);
  const andra = pick(behovKatalog, bytes[1]!);
  const behov = forsta === andra ? [forsta] : [forsta, andra];
  const regionInsats = pick(regionInsatser, bytes[2]!);
  const kommunInsats = pick(kommunInsatser, bytes[3]!);
  return {
    version: versionByStatus[sip.status],
    behov,
    tredjeParter: bytes[4]! % 2 === 0 ? [pick(tredjePartKatalog, bytes[5]!)] : [],
    insatser: [
      { ordning: 1, ...kommunInsats, huvudman: kommunkod },
      { ordning: 2, ...regionInsats, huvudman: 'VGR' },
    ],
    deltagare: [
      { ordning: 1, roll: 'Personen själv', huvudman: null },
      { ordning: 2, roll: 'Distriktssköterska', huvudman: 'VGR' },
      { ordning: 3, roll: bytes[6]! % 2 === 0 ? 'Biståndshandläggare' : 'Sjuksköterska i hemsjukvården', huvudman: kommunkod },
      ...(bytes[7]! % 3 === 0 ? [{ ordning: 4, roll: 'Närstående', huvudman: null }] : []),
    ],
  };
}
