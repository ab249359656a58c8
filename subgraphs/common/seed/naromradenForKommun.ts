// The närområden of each kommun: Göteborg's ten former stadsdelar, a few
// invented splits of the larger towns, and one närområde per other kommun.
import type { KommunReference } from '../../../platform/reference/kommuner.js';
import { slugify } from './slugify.js';
import type { NaromradeSeed } from './World.js';

export interface NaromradeDefinition {
  naromrade: NaromradeSeed;
  /** Share of the kommun's inhabitants living here; a kommun's shares add up to 1. */
  populationShare: number;
  /** Place names for vårdcentraler, the most central first; never empty. */
  localities: readonly string[];
}

interface SplitArea {
  namn: string;
  /** Relative size within the kommun. */
  weight: number;
  localities: readonly string[];
}

// Göteborg's weights are rough inhabitants (thousands) of the former stadsdelar.
const splitKommuner: Readonly<Record<string, readonly SplitArea[]>> = {
  '1480': [
    { namn: 'Angered', weight: 53, localities: ['Angered', 'Hjällbo', 'Hammarkullen', 'Gårdsten', 'Lövgärdet', 'Rannebergen', 'Eriksbo'] },
    { namn: 'Östra Göteborg', weight: 48, localities: ['Bergsjön', 'Kortedala', 'Gamlestaden', 'Utby', 'Kviberg', 'Kärralund'] },
    { namn: 'Örgryte-Härlanda', weight: 58, localities: ['Härlanda', 'Kålltorp', 'Bagaregården', 'Lunden', 'Örgryte', 'Björkekärr', 'Torpa'] },
    { namn: 'Centrum', weight: 62, localities: ['Heden', 'Johanneberg', 'Guldheden', 'Kungshöjd', 'Vasastaden', 'Lorensberg', 'Stampen'] },
    { namn: 'Majorna-Linné', weight: 65, localities: ['Majorna', 'Linnéstaden', 'Masthugget', 'Kungsladugård', 'Sandarna', 'Olivedal', 'Mariaplan'] },
    { namn: 'Askim-Frölunda-Högsbo', weight: 66, localities: ['Frölunda', 'Askim', 'Högsbo', 'Järnbrott', 'Kaverös', 'Ruddalen', 'Hovås', 'Önnered'] },
    { namn: 'Västra Göteborg', weight: 50, localities: ['Tynnered', 'Billdal', 'Styrsö', 'Grimmered', 'Västra Frölunda', 'Näset', 'Långedrag'] },
    { namn: 'Västra Hisingen', weight: 60, localities: ['Biskopsgården', 'Torslanda', 'Eriksberg', 'Länsmansgården', 'Björlanda', 'Sannegården', 'Svarte Mosse'] },
    { namn: 'Lundby', weight: 48, localities: ['Lundby', 'Lindholmen', 'Kvillebäcken', 'Brämaregården', 'Rambergsstaden', 'Kvillestaden'] },
    { namn: 'Norra Hisingen', weight: 50, localities: ['Backa', 'Tuve', 'Kärra', 'Brunnsbo', 'Skogome', 'Säve', 'Rödbo'] },
  ],
  '1490': [
    { namn: 'Borås Norr', weight: 38, localities: ['Norrby', 'Hässleholmen', 'Brämhult', 'Fristad', 'Sjöbo'] },
    { namn: 'Borås Centrum', weight: 40, localities: ['Borås Centrum', 'Göta', 'Byttorp', 'Sandared', 'Trandared'] },
    { namn: 'Borås Söder', weight: 37, localities: ['Dalsjöfors', 'Viskafors', 'Hulta', 'Kristineberg', 'Svaneholm'] },
  ],
  '1481': [
    { namn: 'Mölndal Norr', weight: 40, localities: ['Mölndal Centrum', 'Krokslätt', 'Fässberg', 'Bifrost'] },
    { namn: 'Mölndal Söder', weight: 30, localities: ['Kållered', 'Lindome', 'Åby', 'Tulebo'] },
  ],
  '1488': [
    { namn: 'Trollhättan Norr', weight: 32, localities: ['Trollhättan Centrum', 'Lextorp', 'Skoftebyn', 'Sylte'] },
    { namn: 'Trollhättan Söder', weight: 28, localities: ['Kronogården', 'Källstorp', 'Sjuntorp', 'Strömslund'] },
  ],
  '1485': [
    { namn: 'Uddevalla Norr', weight: 30, localities: ['Uddevalla Centrum', 'Herrestad', 'Dalaberg', 'Norrmalm'] },
    { namn: 'Uddevalla Söder', weight: 27, localities: ['Ljungskile', 'Skansen', 'Tureborg', 'Fröland'] },
  ],
  '1496': [
    { namn: 'Skövde Norr', weight: 30, localities: ['Skövde Centrum', 'Ryd', 'Norrmalm', 'Ekedal'] },
    { namn: 'Skövde Söder', weight: 27, localities: ['Hentorp', 'Billingsdal', 'Södra Ryd', 'Stöpen'] },
  ],
};

// Towns and villages of the one-närområde kommuner that get several vårdcentraler at `vg` scale.
const kommunLocalities: Readonly<Record<string, readonly string[]>> = {
  '1401': ['Mölnlycke', 'Landvetter', 'Hindås', 'Råda'],
  '1402': ['Partille', 'Sävedalen', 'Öjersjö', 'Furulund', 'Jonsered'],
  '1407': ['Öckerö', 'Hönö'],
  '1415': ['Stenungsund', 'Jörlanda', 'Ucklum'],
  '1419': ['Tjörn', 'Skärhamn'],
  '1421': ['Orust', 'Henån', 'Svanesund'],
  '1435': ['Tanumshede', 'Grebbestad'],
  '1440': ['Nödinge', 'Älvängen', 'Surte', 'Skepplanda'],
  '1441': ['Lerum', 'Gråbo', 'Floda', 'Stenkullen'],
  '1462': ['Lilla Edet', 'Lödöse'],
  '1463': ['Kinna', 'Skene', 'Fritsla', 'Horred', 'Örby'],
  '1470': ['Vara', 'Kvänum'],
  '1482': ['Kungälv', 'Ytterby', 'Kareby', 'Kode', 'Diseröd'],
  '1484': ['Lysekil', 'Brastad'],
  '1486': ['Strömstad', 'Skee'],
  '1487': ['Vänersborg', 'Brätte', 'Vargön', 'Öxnered'],
  '1489': ['Alingsås', 'Noltorp', 'Sollebrunn', 'Ängabo', 'Stadsskogen'],
  '1491': ['Ulricehamn', 'Gällstad', 'Timmele'],
  '1493': ['Mariestad', 'Ekudden', 'Lyrestad'],
  '1494': ['Lidköping', 'Guldvingen', 'Järpås', 'Stenhammar', 'Margretelund'],
  '1495': ['Skara', 'Ardala'],
  '1499': ['Falköping', 'Floby', 'Stenstorp', 'Vartofta'],
};

// Extra names so that a närområde never runs out, whatever the scale asks for.
const fallbackSuffixes = ['Centrum', 'Norra', 'Södra', 'Östra', 'Västra', 'Torget', 'Parken', 'Hagen'];

export function naromradenForKommun(kommun: KommunReference): NaromradeDefinition[] {
  const split = splitKommuner[kommun.kommunkod];
  if (split) {
    const totalWeight = split.reduce((sum, area) => sum + area.weight, 0);
    return split.map((area) => ({
      naromrade: { id: naromradeId(kommun.kommunkod, area.namn), namn: area.namn, kommunkod: kommun.kommunkod },
      populationShare: area.weight / totalWeight,
      localities: [...area.localities, ...fallbackSuffixes.map((suffix) => `${area.namn} ${suffix}`)],
    }));
  }
  const known = kommunLocalities[kommun.kommunkod] ?? [kommun.namn];
  return [
    {
      naromrade: { id: naromradeId(kommun.kommunkod, kommun.namn), namn: kommun.namn, kommunkod: kommun.kommunkod },
      populationShare: 1,
      localities: [...known, ...fallbackSuffixes.map((suffix) => `${kommun.namn} ${suffix}`)],
    },
  ];
}

/** `${kommunkod}-${ascii slug}`, e.g. `1480-orgryte-harlanda`. */
export function naromradeId(kommunkod: string, namn: string): string {
  return `${kommunkod}-${slugify(namn)}`;
}
