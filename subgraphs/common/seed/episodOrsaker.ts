// Why a patient was enrolled with a mobile team: short clinical reasons that
// name no person, one list per team type.
import type { NarsjukvardsteamSeed } from './World.js';

export const episodOrsaker: Readonly<Record<NarsjukvardsteamSeed['typ'], readonly string[]>> = {
  NARSJUKVARDSTEAM: [
    'Hjärtsvikt med upprepade inläggningar, uppföljning i hemmet',
    'KOL med försämring, behandling i hemmet i stället för inläggning',
    'Intravenös antibiotikabehandling i hemmet',
    'Uppföljning efter utskrivning från slutenvård',
    'Blodtransfusion i hemmet',
    'Vätskebehandling vid uttorkning',
    'Bedömning vid akut försämring i hemmet',
    'Multisjuk med behov av samordnad medicinsk uppföljning',
  ],
  PALLIATIVT_TEAM: [
    'Palliativ vård i livets slutskede',
    'Symtomlindring vid spridd cancersjukdom',
    'Smärtlindring med läkemedelspump i hemmet',
    'Palliativ vård vid långt framskriden hjärtsvikt',
  ],
};
