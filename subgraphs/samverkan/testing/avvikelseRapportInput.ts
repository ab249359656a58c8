// A valid avvikelse report for tests (`RapporteraAvvikelseInput`): Göteborg reports to the region, in Angered.
export function avvikelseRapportInput(klientnyckel: string, beskrivning: string) {
  return {
    klientnyckel,
    kategori: 'LAKEMEDEL',
    handelsedatum: '2026-10-30',
    rapporterandeHuvudman: '1480',
    rapporterandeEnhetHsaId: 'SE2120001480-E000000000001',
    mottagandeHuvudman: 'VGR',
    naromradeId: '1480-angered',
    beskrivning,
  };
}
