import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { avvikelseInnehallshash } from './avvikelseInnehallshash.js';
import type { ValidAvvikelseRapport } from './validateRapporteraAvvikelse.js';

const rapport: ValidAvvikelseRapport = {
  klientnyckel: 'rapport-0001',
  kategori: 'SIP',
  handelsedatum: '2026-11-20',
  rapporterandeHuvudman: 'VGR',
  rapporterandeEnhetHsaId: 'SE2321000131-E000000000001',
  mottagandeHuvudman: '1480',
  mottagandeEnhetHsaId: null,
  naromradeId: '1480-angered',
  beskrivning: 'Kallelse till SIP-möte kom inte fram.',
  personnummer: null,
};

describe('avvikelseInnehallshash', () => {
  it('is a sha256 hex digest that ignores the client key', () => {
    const hash = avvikelseInnehallshash(rapport);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(avvikelseInnehallshash({ ...rapport, klientnyckel: 'another-key' })).toBe(hash);
  });

  it('changes with any content field', () => {
    const hash = avvikelseInnehallshash(rapport);
    expect(avvikelseInnehallshash({ ...rapport, beskrivning: `${rapport.beskrivning}!` })).not.toBe(hash);
    expect(avvikelseInnehallshash({ ...rapport, personnummer: '191212121212' })).not.toBe(hash);
    expect(avvikelseInnehallshash({ ...rapport, kategori: 'OVRIGT' })).not.toBe(hash);
    expect(avvikelseInnehallshash({ ...rapport, mottagandeEnhetHsaId: 'SE2120001480-E000000000002' })).not.toBe(hash);
  });

  it('keeps the hash a report had before the receiving unit could be named', () => {
    // sha256 of the eight fields as stored before mottagandeEnhetHsaId existed.
    const before = createHash('sha256')
      .update(JSON.stringify(['SIP', '2026-11-20', 'VGR', 'SE2321000131-E000000000001', '1480', '1480-angered', 'Kallelse till SIP-möte kom inte fram.', null]))
      .digest('hex');
    expect(avvikelseInnehallshash(rapport)).toBe(before);
  });

  it('does not confuse fields whose texts run together', () => {
    expect(avvikelseInnehallshash({ ...rapport, naromradeId: 'a', beskrivning: 'bc' })).not.toBe(
      avvikelseInnehallshash({ ...rapport, naromradeId: 'ab', beskrivning: 'c' }),
    );
  });
});
