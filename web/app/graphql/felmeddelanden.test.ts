import { describe, expect, it } from 'vitest';
import { arInaktuell, felText, tolkaFel } from './felmeddelanden.js';

describe('tolkaFel', () => {
  it('puts invalid input next to its field and the rest above the form, in Swedish', () => {
    const tolkade = tolkaFel([
      { message: 'seems to contain a personnummer', extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_CONTAINS_PERSONNUMMER', field: 'input.beskrivning' } },
      { message: 'cannot be in the future', extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE', field: 'input.handelsedatum' } },
      { message: 'kommun down', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
    ]);
    expect(tolkade.falt['input.beskrivning']).toMatch(/personnummer/);
    expect(tolkade.falt['input.handelsedatum']).toMatch(/framtiden/);
    expect(tolkade.allmanna).toEqual([expect.stringMatching(/svarar inte just nu/)]);
    expect(tolkade.koder).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'SUBGRAPH_UNAVAILABLE']);
  });

  it('tells a stale version from other failures', () => {
    const stale = tolkaFel([{ message: 'changed', extensions: { code: 'CONFLICT', reason: 'VERSION_STALE', currentVersion: 4 } }]);
    expect(arInaktuell(stale)).toBe(true);
    expect(stale.allmanna[0]).toMatch(/ändrats av någon annan/);
    expect(arInaktuell(tolkaFel([{ message: 'no', extensions: { code: 'FORBIDDEN' } }]))).toBe(false);
  });

  it('keeps a refused step above the form, not next to a field', () => {
    const tolkade = tolkaFel([{ message: 'not allowed', extensions: { code: 'BAD_USER_INPUT', reason: 'TRANSITION_NOT_ALLOWED', field: 'input.handling' } }]);
    expect(tolkade.falt).toEqual({});
    expect(tolkade.allmanna[0]).toMatch(/inte tillåtet/);
  });

  it('falls back to the server message for codes without a Swedish text', () => {
    expect(felText({ message: 'Something new', extensions: { code: 'BRAND_NEW' } })).toBe('Something new (BRAND_NEW)');
    expect(felText({ message: 'odd input', extensions: { code: 'BAD_USER_INPUT', reason: 'NEW_REASON' } })).toBe('Uppgiften är ogiltig: odd input');
  });
});
