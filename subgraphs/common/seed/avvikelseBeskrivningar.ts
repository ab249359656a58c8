// Short Swedish descriptions of what happened in an avvikelse, per kategori
// and direction. They say what happened, never who: no names, no personnummer.
import type { Random } from './random.js';
import type { AvvikelseKategori } from './World.js';

/** Who reports: the kommun about the region, or the region about the kommun. */
export type AvvikelseRiktning = 'KOMMUN_TILL_VGR' | 'VGR_TILL_KOMMUN';

const lakemedel = ['antikoagulantia', 'insulin', 'smärtstillande läkemedel', 'antibiotika', 'vätskedrivande läkemedel', 'inhalationsläkemedel'];
const dagar = ['två', 'tre', 'fyra', 'fem'];

type Template = string | ((random: Random) => string);

const templates: Readonly<Record<AvvikelseKategori, Readonly<Record<AvvikelseRiktning, readonly Template[]>>>> = {
  INFORMATIONSOVERFORING: {
    KOMMUN_TILL_VGR: [
      'Ändrad ordination efter läkarbesök meddelades inte kommunens sjuksköterska.',
      'Anteckning från läkarens hembesök fanns inte tillgänglig när sjuksköterskan behövde den.',
      'Meddelande om försämrat allmäntillstånd besvarades inte av vårdcentralen inom överenskommen tid.',
      'Provsvar som krävde åtgärd vidarebefordrades inte till ansvarig sjuksköterska.',
    ],
    VGR_TILL_KOMMUN: [
      'Vårdcentralen fick inte veta att patienten flyttat till korttidsboende.',
      'Förändrat hälsotillstånd meddelades inte vårdcentralen inför planerat läkarbesök.',
      'Uppgift om aktuell läkemedelsbehandling saknades vid kontakt från kommunens hemsjukvård.',
      'Vårdcentralen informerades inte om att hemsjukvårdsinsatsen avslutats.',
    ],
  },
  LAKEMEDEL: {
    KOMMUN_TILL_VGR: [
      (random) => `Dosändring av ${random.pick(lakemedel)} ordinerades per telefon utan att läkemedelslistan uppdaterades.`,
      (random) => `Recept på ${random.pick(lakemedel)} förnyades inte i tid trots påminnelse från kommunens sjuksköterska.`,
      'Läkemedelslistan från vårdcentralen stämde inte med dosdispenseringen.',
    ],
    VGR_TILL_KOMMUN: [
      (random) => `Ordinerade ${random.pick(lakemedel)} gavs inte under ${random.pick(dagar)} dagar.`,
      'Läkemedel gavs efter att ordinationen satts ut.',
      (random) => `Delegerad personal saknade instruktion för ${random.pick(lakemedel)} under helgen.`,
    ],
  },
  IN_OCH_UTSKRIVNING: {
    KOMMUN_TILL_VGR: [
      'Patienten skrevs ut till hemmet utan att kommunen kallats till samordnad planering.',
      'Utskrivningsmeddelandet kom efter att patienten redan var hemma.',
      'Patienten kom till korttidsboendet utan läkemedelslista och epikris.',
    ],
    VGR_TILL_KOMMUN: [
      'Patienten skrevs in i kommunal hemsjukvård utan att vårdcentralen informerades.',
      'Kommunen kunde inte ta emot patienten på utskrivningsdagen trots överenskommen planering.',
    ],
  },
  SIP: {
    KOMMUN_TILL_VGR: [
      'Vårdcentralen deltog inte i SIP-mötet trots kallelse.',
      'En åtgärd som regionen åtagit sig i SIP:en genomfördes inte.',
    ],
    VGR_TILL_KOMMUN: [
      'Kallelsen till SIP-möte kom för sent för att vårdcentralen skulle kunna delta.',
      'SIP:en följdes inte upp vid överenskommen tidpunkt.',
    ],
  },
  LAKARMEDVERKAN: {
    KOMMUN_TILL_VGR: [
      'Planerad läkarrond på boendet ställdes in utan ersättare.',
      'Läkare kunde inte nås för bedömning dagtid trots överenskommen tillgänglighet.',
      'Läkarbesök vid inflyttning på särskilt boende gjordes inte inom överenskommen tid.',
    ],
    VGR_TILL_KOMMUN: [
      'Ingen sjuksköterska fanns tillgänglig vid planerad läkarrond.',
      'Underlag inför läkarronden var inte förberett enligt rutin.',
    ],
  },
  HJALPMEDEL: {
    KOMMUN_TILL_VGR: [
      'Förskrivet hjälpmedel var inte levererat vid hemgång.',
      'Behovet av hjälpmedel bedömdes inte före utskrivning.',
    ],
    VGR_TILL_KOMMUN: [
      'Hjälpmedel i hemmet anpassades inte efter förändrat behov trots begäran.',
      'Trycksårsförebyggande madrass saknades trots bedömt behov.',
    ],
  },
  VARDPLANERING: {
    KOMMUN_TILL_VGR: [
      'Samordnad planering genomfördes utan representant från vårdcentralen.',
      'Vårdplanen angav inte vilken läkare som var ansvarig.',
    ],
    VGR_TILL_KOMMUN: [
      'Kommunen deltog inte i planeringsmötet inför utskrivning.',
      'Överenskomna insatser i vårdplanen startade inte på avtalad dag.',
    ],
  },
  BEMOTANDE: {
    KOMMUN_TILL_VGR: [
      'Närstående upplevde att de inte blev lyssnade på vid kontakt med vårdcentralen.',
      'Otydlig kommunikation ledde till att patienten fick motstridiga besked från verksamheterna.',
    ],
    VGR_TILL_KOMMUN: [
      'Närstående upplevde att de inte blev lyssnade på vid kontakt med hemtjänsten.',
      'Otydlig kommunikation ledde till att patienten fick motstridiga besked från verksamheterna.',
    ],
  },
  OVRIGT: {
    KOMMUN_TILL_VGR: [
      'Rutinen för kontakt utanför kontorstid följdes inte.',
      'Transport till mottagningsbesök var inte bokad trots överenskommelse.',
    ],
    VGR_TILL_KOMMUN: [
      'Rutinen för kontakt utanför kontorstid följdes inte.',
      'Patienten var inte förberedd för planerat hembesök trots överenskommelse.',
    ],
  },
};

export function avvikelseBeskrivning(random: Random, kategori: AvvikelseKategori, riktning: AvvikelseRiktning): string {
  const template = random.pick(templates[kategori][riktning]);
  return typeof template === 'string' ? template : template(random);
}
