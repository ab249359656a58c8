// A small hand-built world for the vgr tests, with every case the resolvers
// distinguish: Swedish name order, patients with and without a region insats,
// ended and ongoing team episodes, a patient who is not listed anywhere.
import { syntheticPersonnummer } from '../../common/seed/syntheticPersonnummer.js';
import type { World } from '../../common/seed/World.js';

export const hsa = {
  angered: 'SE2321000131-E000000000001',
  akervagen: 'SE2321000131-E000000000002',
  arlan: 'SE2321000131-E000000000003',
  ockero: 'SE2321000131-E000000000004',
  lakareBerg: 'SE2321000131-P000000000001',
  lakareAdler: 'SE2321000131-P000000000002',
  lakareOstberg: 'SE2321000131-P000000000003',
  lakareOckero: 'SE2321000131-P000000000004',
} as const;

/** p[0]–p[11] are listed; p[12] is known only through a team episode. */
export const p = Array.from({ length: 13 }, (_, index) =>
  syntheticPersonnummer(`1940-${String(1 + (index % 12)).padStart(2, '0')}-15`, 980 + index),
);

/** Listed in 1480-angered with a fast läkarkontakt or an ongoing episode: p0, p1, p3. In 1407-ockero: p5. */
export const regioninsatsAngered = [p[0]!, p[1]!, p[3]!];
export const regioninsatsOckero = [p[5]!];

export function vgrTestWorld(): World {
  return {
    scale: 'small',
    referenceDate: '2026-11-01',
    vgr: {
      vardcentraler: [
        { hsaId: hsa.arlan, namn: 'Ärlans vårdcentral', kommunkod: '1480', naromradeId: '1480-angered', driftsform: 'PRIVAT', antalListade: 6_210 },
        { hsaId: hsa.angered, namn: 'Angereds vårdcentral', kommunkod: '1480', naromradeId: '1480-angered', driftsform: 'REGION', antalListade: 11_480 },
        { hsaId: hsa.akervagen, namn: 'Åkervägens vårdcentral', kommunkod: '1480', naromradeId: '1480-angered', driftsform: 'REGION', antalListade: 9_032 },
        { hsaId: hsa.ockero, namn: 'Öckerö vårdcentral', kommunkod: '1407', naromradeId: '1407-ockero', driftsform: 'REGION', antalListade: 12_650 },
      ],
      lakare: [
        { hsaId: hsa.lakareOstberg, namn: 'Östberg, Eva', vardcentralHsaId: hsa.angered },
        { hsaId: hsa.lakareBerg, namn: 'Berg, Anna', vardcentralHsaId: hsa.angered },
        { hsaId: hsa.lakareAdler, namn: 'Adler, Per', vardcentralHsaId: hsa.angered },
        { hsaId: hsa.lakareOckero, namn: 'Holm, Lars', vardcentralHsaId: hsa.ockero },
      ],
      narsjukvardsteam: [
        { id: 'pal-sahlgrenska', namn: 'Palliativt team Sahlgrenska', sjukhus: 'Sahlgrenska Universitetssjukhuset', typ: 'PALLIATIVT_TEAM', kommunkoder: ['1480', '1402', '1401'] },
        { id: 'nst-angered', namn: 'Närsjukvårdsteam Angered', sjukhus: 'Angereds närsjukhus', typ: 'NARSJUKVARDSTEAM', kommunkoder: ['1480'] },
      ],
      listningar: p.slice(0, 12).map((personnummer, index) => ({
        personnummer,
        vardcentralHsaId: index === 5 ? hsa.ockero : index === 11 ? hsa.akervagen : hsa.angered,
        listadSedan: `2020-01-${String(index + 1).padStart(2, '0')}`,
        senasteVardkontakt: null,
      })),
      fastLakarkontakter: [
        { personnummer: p[0]!, lakareHsaId: hsa.lakareBerg, fran: '2021-03-01' },
        { personnummer: p[3]!, lakareHsaId: hsa.lakareAdler, fran: '2022-05-01' },
        { personnummer: p[5]!, lakareHsaId: hsa.lakareOckero, fran: '2023-01-10' },
      ],
      narsjukvardsteamEpisoder: [
        { id: 'ep-1', personnummer: p[1]!, teamId: 'nst-angered', startdatum: '2026-10-01', slutdatum: null, orsak: 'KOL-exacerbation' },
        { id: 'ep-2', personnummer: p[2]!, teamId: 'nst-angered', startdatum: '2025-02-01', slutdatum: '2025-03-01', orsak: 'Hjärtsvikt' },
        { id: 'ep-3', personnummer: p[3]!, teamId: 'nst-angered', startdatum: '2024-01-01', slutdatum: '2024-02-01', orsak: 'Pneumoni' },
        { id: 'ep-4', personnummer: p[3]!, teamId: 'pal-sahlgrenska', startdatum: '2026-09-01', slutdatum: null, orsak: 'Palliativ vård i hemmet' },
        { id: 'ep-5', personnummer: p[12]!, teamId: 'nst-angered', startdatum: '2026-10-15', slutdatum: null, orsak: 'Infektion' },
      ],
    },
    kommun: { boenden: [], patienter: [], hemsjukvardInskrivningar: [], hemtjanstBeslut: [], boendeVistelser: [] },
    samverkan: { naromraden: [], naromradesplaner: [], boendeansvar: [], atgarder: [], avvikelser: [], sipar: [], moten: [] },
  };
}
