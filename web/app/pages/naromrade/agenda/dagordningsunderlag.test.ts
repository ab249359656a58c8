import { describe, expect, it } from 'vitest';
import type { NaromradeVyAvvikelserQuery } from '../../../generated/graphql.js';
import { classifyErrors, noProblems } from '../../../graphql/operationProblems.js';
import { dagordningsunderlag, type Naromrade } from './dagordningsunderlag.js';

function angered(overrides: Partial<Naromrade> = {}): Naromrade {
  return {
    id: '1480-angered',
    namn: 'Angered',
    kommun: { kod: '1480' },
    vardsamverkansomrade: { id: 'goteborgsomradet', namn: 'Göteborgsområdet' },
    boenden: [
      { id: 'b1', namn: 'Asphagen', typ: 'SARSKILT_BOENDE', antalPlatser: 17, antalBelagdaPlatser: 4, antalInvanareListadeAnnanstans: { varde: 0, undertryckt: false } },
      { id: 'b2', namn: 'Dalvik', typ: 'KORTTIDSBOENDE', antalPlatser: 12, antalBelagdaPlatser: 2, antalInvanareListadeAnnanstans: { varde: 0, undertryckt: false } },
    ],
    boendenUtanAnsvar: [{ id: 'b2' }],
    vardcentraler: [],
    naromradesplan: {
      id: 'plan-1',
      version: 1,
      giltigFran: '2025-03-24',
      faststalldDatum: '2025-02-21',
      boendeansvar: [],
      atgarder: [{ id: 'atg-1', beskrivning: 'Se över rutin', agare: { id: 'VGR', namn: 'Västra Götalandsregionen' }, ansvarigEnhet: 'VC Hjällbo', sistaDatum: '2026-10-01', status: 'PAGAENDE' }],
    },
    antalPatienterMedRegioninsats: { varde: 65, undertryckt: false },
    antalPatienterMedKommuninsats: { varde: 75, undertryckt: false },
    antalPatienterMedInsatserFranBada: { varde: 48, undertryckt: false },
    moten: [
      {
        id: 'm1',
        datum: '2026-10-12',
        starttid: '13:30',
        plats: 'Angereds närsjukhus',
        deltagare: ['Eva Ek (Verksamhetschef, VC Hjällbo)'],
        medverkande: [{ namn: 'Eva Ek', roll: 'Verksamhetschef', organisation: 'VC Hjällbo', huvudman: { id: 'VGR', namn: 'Västra Götalandsregionen' } }],
        beslut: [
          { beskrivning: 'a', skapadAtgard: { id: 'atg-1', beskrivning: 'Se över rutin', status: 'PAGAENDE', sistaDatum: '2026-10-01', forsenad: true }, stangdAtgard: null },
          { beskrivning: 'b', skapadAtgard: null, stangdAtgard: { id: 'atg-0', beskrivning: 'Gammal rutin' } },
        ],
        systemfel: [],
      },
    ],
    ...overrides,
  };
}

const avvikelserData: NaromradeVyAvvikelserQuery = {
  oppna: { totalCount: 13 },
  utanAterkoppling: { totalCount: 6 },
  senaste: { edges: [] },
  forsenadeAterkopplingar: {
    totalCount: 1,
    edges: [{ node: { id: 'avv-000785', kategori: 'VARDPLANERING', handelsedatum: '2025-12-03', aterkopplingSenast: '2026-02-04', mottagandeHuvudman: { id: '1480', namn: 'Göteborg' } } }],
  },
  avvikelseanalys: { celler: [{ kategori: 'LAKEMEDEL', manad: '2026-10', antal: { varde: null, undertryckt: true } }] },
};

const base = {
  idag: '2026-11-30',
  manader: ['2026-09', '2026-10', '2026-11'],
  planProblems: noProblems,
  avvikelser: { status: 'klar' as const, data: avvikelserData, problems: noProblems },
  sip: { status: 'klar' as const, data: { naromrade: { id: '1480-angered', antalForsenadeSipUppfoljningar: { varde: null, undertryckt: true } } }, problems: noProblems },
};

describe('dagordningsunderlag', () => {
  it('takes the gaps by name, the plan’s åtgärder with the owner’s name, the overdue list and the meetings', () => {
    const underlag = dagordningsunderlag({ ...base, naromrade: angered() });
    expect(underlag.luckor).toEqual({ finns: true, varde: ['Dalvik'] });
    expect(underlag.plan?.atgarder[0]).toMatchObject({ agare: 'Västra Götalandsregionen', sistaDatum: '2026-10-01', status: 'PAGAENDE' });
    expect(underlag.forsenadeAterkopplingar).toEqual({
      finns: true,
      varde: { totalt: 1, avvikelser: [{ id: 'avv-000785', kategori: 'VARDPLANERING', mottagare: 'Göteborg', aterkopplingSenast: '2026-02-04' }] },
    });
    expect(underlag.avvikelserPerManad).toMatchObject({ finns: true, varde: { manader: ['2026-09', '2026-10', '2026-11'] } });
    expect(underlag.forsenadeSipUppfoljningar).toEqual({ finns: true, varde: { varde: null, undertryckt: true } });
    expect(underlag.moten).toEqual([
      {
        datum: '2026-10-12',
        beslut: [
          { beskrivning: 'a', skapad: { id: 'atg-1', beskrivning: 'Se över rutin', status: 'PAGAENDE', sistaDatum: '2026-10-01', forsenad: true }, stangd: null },
          { beskrivning: 'b', skapad: null, stangd: 'Gammal rutin' },
        ],
      },
    ]);
  });

  it('marks the gaps missing, naming the kommun service, when the kommun is down', () => {
    const problems = classifyErrors([{ message: 'down', path: ['naromrade', 'boenden'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'kommun' } }]);
    const underlag = dagordningsunderlag({ ...base, naromrade: angered({ boenden: null, boendenUtanAnsvar: null }), planProblems: problems });
    expect(underlag.luckor).toEqual({ finns: false, orsak: 'ej-tillgangligt', tjanst: 'Kommunernas tjänst' });
  });

  it('marks both avvikelse items missing when their operation failed', () => {
    const problems = classifyErrors([{ message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'samverkan' } }]);
    const underlag = dagordningsunderlag({ ...base, naromrade: angered(), avvikelser: { status: 'fel', problems } });
    expect(underlag.forsenadeAterkopplingar).toMatchObject({ finns: false, orsak: 'ej-tillgangligt' });
    expect(underlag.avvikelserPerManad).toMatchObject({ finns: false, orsak: 'ej-tillgangligt' });
  });

  it('marks the SIP count "not for your role" when the field is refused, and "could not be fetched" when the server does not know it', () => {
    const refused = classifyErrors([{ message: 'no', path: ['naromrade', 'antalForsenadeSipUppfoljningar'], extensions: { code: 'FORBIDDEN' } }]);
    const underlag = dagordningsunderlag({ ...base, naromrade: angered(), sip: { status: 'klar', data: { naromrade: { id: '1480-angered', antalForsenadeSipUppfoljningar: null } }, problems: refused } });
    expect(underlag.forsenadeSipUppfoljningar).toEqual({ finns: false, orsak: 'inte-for-din-roll' });
    const unknown = classifyErrors([{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(dagordningsunderlag({ ...base, naromrade: angered(), sip: { status: 'fel', problems: unknown } }).forsenadeSipUppfoljningar).toEqual({ finns: false, orsak: 'kunde-inte-hamtas' });
  });

  it('has no plan when none is in force', () => {
    expect(dagordningsunderlag({ ...base, naromrade: angered({ naromradesplan: null }) }).plan).toBeNull();
  });
});
