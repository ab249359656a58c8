import { describe, expect, it } from 'vitest';
import { andringarSedan, type Handelse } from './andringar.js';

const steg = (version: number, handling: string, franStatus: Handelse['franStatus'], tillStatus: Handelse['tillStatus']): Handelse => ({
  handling,
  franStatus,
  tillStatus,
  version,
  tid: `2026-12-0${version}T10:00:00.000Z`,
  utfordAv: 'SE2321000131-P000000000001',
  organisationHsaId: 'SE2321000131-E000000000001',
  huvudman: { namn: 'Västra Götalandsregionen' },
});

describe('andringarSedan', () => {
  it('words only the steps after the version the user read, oldest first', () => {
    const handelser = [steg(3, 'PABORJA_UTREDNING', 'MOTTAGEN', 'UNDER_UTREDNING'), steg(1, 'RAPPORTERA', null, 'RAPPORTERAD'), steg(2, 'TA_EMOT', 'RAPPORTERAD', 'MOTTAGEN')];
    expect(andringarSedan(1, handelser, (tid) => tid.slice(0, 10))).toEqual([
      'Ta emot: Rapporterad → Mottagen, av SE2321000131-P000000000001, SE2321000131-E000000000001 (Västra Götalandsregionen), 2026-12-02',
      'Påbörja utredning: Mottagen → Under utredning, av SE2321000131-P000000000001, SE2321000131-E000000000001 (Västra Götalandsregionen), 2026-12-03',
    ]);
    expect(andringarSedan(3, handelser, String)).toEqual([]);
  });

  it('leaves out the status when a step kept it (a systemfel lift)', () => {
    expect(andringarSedan(1, [steg(2, 'LYFT_SOM_SYSTEMFEL', 'MOTTAGEN', 'MOTTAGEN')], () => 'idag')[0]).toMatch(/^Lyft som systemfel, av /);
  });
});
