// Rough inhabitants per kommun (rounded, in the order of SCB's recent figures):
// only the proportions matter, they size every per-kommun count in the world.

const inhabitants: Readonly<Record<string, number>> = {
  '1401': 39_000, // Härryda
  '1402': 40_000, // Partille
  '1407': 13_000, // Öckerö
  '1415': 27_000, // Stenungsund
  '1419': 16_000, // Tjörn
  '1421': 15_000, // Orust
  '1427': 9_000, // Sotenäs
  '1430': 10_000, // Munkedal
  '1435': 13_000, // Tanum
  '1438': 5_000, // Dals-Ed
  '1439': 6_500, // Färgelanda
  '1440': 32_000, // Ale
  '1441': 44_000, // Lerum
  '1442': 12_000, // Vårgårda
  '1443': 10_000, // Bollebygd
  '1444': 5_700, // Grästorp
  '1445': 5_600, // Essunga
  '1446': 7_000, // Karlsborg
  '1447': 5_200, // Gullspång
  '1452': 11_500, // Tranemo
  '1460': 9_300, // Bengtsfors
  '1461': 9_000, // Mellerud
  '1462': 14_000, // Lilla Edet
  '1463': 35_000, // Mark
  '1465': 10_700, // Svenljunga
  '1466': 9_600, // Herrljunga
  '1470': 16_000, // Vara
  '1471': 13_200, // Götene
  '1472': 11_500, // Tibro
  '1473': 9_300, // Töreboda
  '1480': 600_000, // Göteborg
  '1481': 70_000, // Mölndal
  '1482': 48_000, // Kungälv
  '1484': 14_400, // Lysekil
  '1485': 57_000, // Uddevalla
  '1486': 13_500, // Strömstad
  '1487': 40_000, // Vänersborg
  '1488': 60_000, // Trollhättan
  '1489': 42_000, // Alingsås
  '1490': 115_000, // Borås
  '1491': 25_000, // Ulricehamn
  '1492': 12_500, // Åmål
  '1493': 24_000, // Mariestad
  '1494': 40_000, // Lidköping
  '1495': 19_000, // Skara
  '1496': 57_000, // Skövde
  '1497': 9_200, // Hjo
  '1498': 13_000, // Tidaholm
  '1499': 33_000, // Falköping
};

export function kommunPopulation(kommunkod: string): number {
  const population = inhabitants[kommunkod];
  if (population === undefined) {
    throw new Error(`No population figure for kommun "${kommunkod}": add it to kommunPopulation.ts.`);
  }
  return population;
}
