import { describe, expect, it } from 'vitest';
import { statusserie } from './statusserie.js';

describe('statusserie', () => {
  const serie = statusserie([
    { status: 'AVSLUTAD', antal: { varde: 40, undertryckt: false } },
    { status: 'MOTTAGEN', antal: { varde: 10, undertryckt: false } },
    { status: 'AVVISAD', antal: { varde: null, undertryckt: true } },
  ]);

  it('shows every status in workflow order with Swedish names, whatever the order of the cells', () => {
    expect(serie.map((stapel) => stapel.namn)).toEqual(['Rapporterad', 'Mottagen', 'Under utredning', 'Åtgärdad', 'Återkopplad', 'Avslutad', 'Avvisad']);
  });

  it('gives a status without a cell 0 and keeps a withheld one withheld', () => {
    expect(serie.map((stapel) => [stapel.status, stapel.antal])).toEqual([
      ['RAPPORTERAD', { typ: 'varde', varde: 0 }],
      ['MOTTAGEN', { typ: 'varde', varde: 10 }],
      ['UNDER_UTREDNING', { typ: 'varde', varde: 0 }],
      ['ATGARDAD', { typ: 'varde', varde: 0 }],
      ['ATERKOPPLAD', { typ: 'varde', varde: 0 }],
      ['AVSLUTAD', { typ: 'varde', varde: 40 }],
      ['AVVISAD', { typ: 'undertryckt' }],
    ]);
  });
});
