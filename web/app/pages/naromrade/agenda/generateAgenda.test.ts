import { describe, expect, it } from 'vitest';
import { generateAgenda, maxListadeAterkopplingar, type Dagordningspunkt, type Dagordningsunderlag } from './generateAgenda.js';

const idag = '2026-11-30';
const withheld = { varde: null, undertryckt: true };

/** A närområde with nothing to take up: every check comes back empty. */
function lugnt(): Dagordningsunderlag {
  return {
    idag,
    plan: { version: 1, giltigFran: '2025-03-24', atgarder: [{ beskrivning: 'Se över rutin för provtagning', agare: 'Västra Götalandsregionen', ansvarigEnhet: 'VC Hjällbo', sistaDatum: '2027-08-06', status: 'PLANERAD' }] },
    luckor: { finns: true, varde: [] },
    forsenadeAterkopplingar: { finns: true, varde: { totalt: 0, avvikelser: [] } },
    avvikelserPerManad: { finns: true, varde: { manader: ['2026-09', '2026-10', '2026-11'], celler: [{ kategori: 'OVRIGT', manad: '2026-10', antal: withheld }] } },
    forsenadeSipUppfoljningar: { finns: true, varde: { varde: 0, undertryckt: false } },
    moten: [],
  };
}

const ids = (punkter: Dagordningspunkt[]) => punkter.map((punkt) => punkt.id);
const punkt = (punkter: Dagordningspunkt[], id: Dagordningspunkt['id']) => punkter.find((candidate) => candidate.id === id);

describe('generateAgenda', () => {
  it('with nothing to take up has the standing items and one item confirming each check', () => {
    const punkter = generateAgenda(lugnt());
    expect(ids(punkter)).toEqual(['oppnande', 'utan-anmarkning', 'ovriga-fragor', 'nasta-mote', 'avslutning']);
    expect(punkt(punkter, 'utan-anmarkning')?.detaljer).toEqual([
      'Alla boenden har en ansvarig vårdcentral.',
      'Inga återkopplingar av avvikelser är försenade.',
      'Inga avvikelsekategorier återkommer.',
      'Inga åtgärder i närområdesplanen är försenade.',
      'Inga SIP-uppföljningar är försenade.',
    ]);
  });

  it('orders the findings: previous meeting, boendeansvar, återkopplingar, recurring categories, åtgärder, SIP, then the standing end', () => {
    const underlag: Dagordningsunderlag = {
      ...lugnt(),
      plan: { version: 2, giltigFran: '2026-01-01', atgarder: [{ beskrivning: 'Ta fram rutin för läkemedelsgenomgång', agare: 'Göteborg', ansvarigEnhet: 'Hemsjukvården Angered', sistaDatum: '2026-10-31', status: 'PAGAENDE' }] },
      luckor: { finns: true, varde: ['Vård- och omsorgsboende Åsholmen'] },
      forsenadeAterkopplingar: { finns: true, varde: { totalt: 1, avvikelser: [{ id: 'avv-000785', kategori: 'VARDPLANERING', mottagare: 'Göteborg', aterkopplingSenast: '2026-02-04' }] } },
      avvikelserPerManad: { finns: true, varde: { manader: ['2026-09', '2026-10', '2026-11'], celler: [{ kategori: 'LAKEMEDEL', manad: '2026-09', antal: withheld }, { kategori: 'LAKEMEDEL', manad: '2026-10', antal: withheld }] } },
      forsenadeSipUppfoljningar: { finns: true, varde: withheld },
      moten: [{ datum: '2026-10-12', beslut: [] }],
    };
    expect(ids(generateAgenda(underlag))).toEqual([
      'oppnande',
      'foregaende-mote',
      'boendeansvar',
      'aterkopplingar',
      'aterkommande-kategorier',
      'atgarder',
      'sip-uppfoljningar',
      'ovriga-fragor',
      'nasta-mote',
      'avslutning',
    ]);
  });

  describe('gaps in boendeansvar', () => {
    it('names every boende without a responsible vårdcentral', () => {
      const punkter = generateAgenda({ ...lugnt(), luckor: { finns: true, varde: ['Korttidsboende Blåbärsudden', 'Servicebostad Häggtorpet'] } });
      const luckor = punkt(punkter, 'boendeansvar')!;
      expect(luckor.slag).toBe('arende');
      expect(luckor.rubrik).toBe('Luckor i boendeansvar (2 boenden utan ansvarig vårdcentral)');
      expect(luckor.detaljer[0]).toContain('Korttidsboende Blåbärsudden');
      expect(luckor.detaljer[1]).toContain('Servicebostad Häggtorpet');
      expect(punkt(punkter, 'utan-anmarkning')?.detaljer).not.toContain('Alla boenden har en ansvarig vårdcentral.');
    });

    it('makes the missing plan itself the item when no plan is in force, naming the boenden', () => {
      const punkter = generateAgenda({ ...lugnt(), plan: null, luckor: { finns: true, varde: ['Asphagen', 'Dalvik'] } });
      expect(punkt(punkter, 'boendeansvar')).toBeUndefined();
      const plan = punkt(punkter, 'naromradesplan')!;
      expect(plan.rubrik).toBe('Närområdesplan saknas');
      expect(plan.detaljer.join(' ')).toContain('Asphagen och Dalvik');
      // Without a plan there are no åtgärder to check: neither an item nor a confirmation.
      expect(punkt(punkter, 'atgarder')).toBeUndefined();
      expect(punkt(punkter, 'utan-anmarkning')?.detaljer.join(' ')).not.toContain('åtgärder');
    });

    it('says the gaps could not be checked when the kommun is down, instead of reporting none', () => {
      const punkter = generateAgenda({ ...lugnt(), luckor: { finns: false, orsak: 'ej-tillgangligt', tjanst: 'Kommunernas tjänst' } });
      const luckor = punkt(punkter, 'boendeansvar')!;
      expect(luckor.slag).toBe('saknas');
      expect(luckor.detaljer[0]).toContain('Kommunernas tjänst svarar inte');
      expect(punkt(punkter, 'utan-anmarkning')?.detaljer).not.toContain('Alla boenden har en ansvarig vårdcentral.');
    });
  });

  describe('overdue återkopplingar', () => {
    it('lists them oldest deadline first with category, receiver and days overdue', () => {
      const punkter = generateAgenda({
        ...lugnt(),
        forsenadeAterkopplingar: {
          finns: true,
          varde: {
            totalt: 2,
            avvikelser: [
              { id: 'avv-001330', kategori: 'INFORMATIONSOVERFORING', mottagare: 'Göteborg', aterkopplingSenast: '2026-11-04' },
              { id: 'avv-000785', kategori: 'VARDPLANERING', mottagare: 'Göteborg', aterkopplingSenast: '2026-02-04' },
            ],
          },
        },
      });
      const aterkopplingar = punkt(punkter, 'aterkopplingar')!;
      expect(aterkopplingar.rubrik).toBe('Försenade återkopplingar av avvikelser (2)');
      expect(aterkopplingar.detaljer).toEqual([
        { avvikelseId: 'avv-000785', text: 'Vårdplanering: Göteborg skulle ha återkopplat senast 2026-02-04 (299 dagar sedan).' },
        { avvikelseId: 'avv-001330', text: 'Informationsöverföring: Göteborg skulle ha återkopplat senast 2026-11-04 (26 dagar sedan).' },
      ]);
    });

    it(`lists at most ${maxListadeAterkopplingar} and sums up the rest, including those beyond the loaded page`, () => {
      const avvikelser = Array.from({ length: 12 }, (_, index) => ({
        id: `avv-${String(index).padStart(6, '0')}`,
        kategori: 'LAKEMEDEL' as const,
        mottagare: 'Västra Götalandsregionen',
        aterkopplingSenast: `2026-10-${String(index + 10).padStart(2, '0')}`,
      }));
      const aterkopplingar = punkt(generateAgenda({ ...lugnt(), forsenadeAterkopplingar: { finns: true, varde: { totalt: 130, avvikelser } } }), 'aterkopplingar')!;
      expect(aterkopplingar.rubrik).toContain('(130)');
      expect(aterkopplingar.detaljer).toHaveLength(maxListadeAterkopplingar + 1);
      expect(aterkopplingar.detaljer[0]).toMatchObject({ avvikelseId: 'avv-000000' });
      expect(aterkopplingar.detaljer.at(-1)).toBe('… och 120 till.');
    });

    it('says when a role may not read them', () => {
      const aterkopplingar = punkt(generateAgenda({ ...lugnt(), forsenadeAterkopplingar: { finns: false, orsak: 'inte-for-din-roll' } }), 'aterkopplingar')!;
      expect(aterkopplingar.slag).toBe('saknas');
      expect(aterkopplingar.detaljer[0]).toContain('inte tillgänglig för din roll');
    });
  });

  describe('recurring avvikelse categories', () => {
    it('names each recurring category with its months and states the rule', () => {
      const punkter = generateAgenda({
        ...lugnt(),
        avvikelserPerManad: {
          finns: true,
          varde: {
            manader: ['2026-09', '2026-10', '2026-11'],
            celler: [
              { kategori: 'LAKEMEDEL', manad: '2026-09', antal: withheld },
              { kategori: 'LAKEMEDEL', manad: '2026-10', antal: { varde: 5, undertryckt: false } },
              { kategori: 'VARDPLANERING', manad: '2026-10', antal: withheld },
            ],
          },
        },
      });
      const aterkommande = punkt(punkter, 'aterkommande-kategorier')!;
      expect(aterkommande.rubrik).toBe('Återkommande avvikelsekategorier (1)');
      expect(aterkommande.detaljer[0]).toBe('Läkemedel: avvikelser i september 2026 och oktober 2026. Ska det lyftas som systemfel?');
      expect(aterkommande.detaljer.at(-1)).toContain('minst 2 av de 3 senaste kalendermånaderna');
    });

    it('reports the analysis missing when samverkan could not answer', () => {
      const aterkommande = punkt(generateAgenda({ ...lugnt(), avvikelserPerManad: { finns: false, orsak: 'kunde-inte-hamtas' } }), 'aterkommande-kategorier')!;
      expect(aterkommande.slag).toBe('saknas');
    });
  });

  describe('overdue åtgärder', () => {
    const atgard = (beskrivning: string, sistaDatum: string, status: 'PLANERAD' | 'PAGAENDE' | 'KLAR') => ({ beskrivning, agare: 'Göteborg', ansvarigEnhet: 'Hemsjukvården', sistaDatum, status });

    it('takes those not done whose due date has passed, oldest first, with owner and due date', () => {
      const plan = {
        version: 1,
        giltigFran: '2025-01-01',
        atgarder: [atgard('Senare', '2026-11-15', 'PLANERAD'), atgard('Klar redan', '2026-01-01', 'KLAR'), atgard('Tidigare', '2026-06-01', 'PAGAENDE'), atgard('Förfaller i dag', idag, 'PLANERAD'), atgard('Framtida', '2027-01-01', 'PLANERAD')],
      };
      const atgarder = punkt(generateAgenda({ ...lugnt(), plan }), 'atgarder')!;
      expect(atgarder.rubrik).toBe('Försenade åtgärder i närområdesplanen (2)');
      expect(atgarder.detaljer).toEqual([
        'Tidigare. Ägare: Göteborg (Hemsjukvården). Sista datum 2026-06-01 (182 dagar sedan).',
        'Senare. Ägare: Göteborg (Hemsjukvården). Sista datum 2026-11-15 (15 dagar sedan).',
      ]);
    });

    it('measures "overdue" against the day given, not the clock', () => {
      const plan = { version: 1, giltigFran: '2025-01-01', atgarder: [atgard('Rutin', '2026-11-15', 'PLANERAD')] };
      expect(punkt(generateAgenda({ ...lugnt(), idag: '2026-11-15', plan }), 'atgarder')).toBeUndefined();
      expect(punkt(generateAgenda({ ...lugnt(), idag: '2026-11-16', plan }), 'atgarder')?.detaljer[0]).toContain('(1 dag sedan)');
    });
  });

  describe('overdue SIP follow-ups', () => {
    it('shows a withheld count as "färre än 5" without a number', () => {
      const sip = punkt(generateAgenda({ ...lugnt(), forsenadeSipUppfoljningar: { finns: true, varde: withheld } }), 'sip-uppfoljningar')!;
      expect(sip.rubrik).toBe('Försenade SIP-uppföljningar (färre än 5)');
      expect(sip.detaljer.join(' ')).not.toMatch(/\d/);
    });

    it('shows a count of 5 or more', () => {
      const sip = punkt(generateAgenda({ ...lugnt(), forsenadeSipUppfoljningar: { finns: true, varde: { varde: 7, undertryckt: false } } }), 'sip-uppfoljningar')!;
      expect(sip.rubrik).toBe('Försenade SIP-uppföljningar (7)');
    });

    it('says the count is not available for the role rather than claiming none are overdue', () => {
      const punkter = generateAgenda({ ...lugnt(), forsenadeSipUppfoljningar: { finns: false, orsak: 'inte-for-din-roll' } });
      expect(punkt(punkter, 'sip-uppfoljningar')?.slag).toBe('saknas');
      expect(punkt(punkter, 'utan-anmarkning')?.detaljer).not.toContain('Inga SIP-uppföljningar är försenade.');
    });
  });

  describe('the meeting being prepared', () => {
    it("takes up the åtgärder due by the meeting's day, and the chair's own items before Övriga frågor", () => {
      const base = lugnt();
      const atgarder = [
        { beskrivning: 'Ny rondlista', agare: 'Västra Götalandsregionen', ansvarigEnhet: 'VC Hjällbo', sistaDatum: '2026-12-01', status: 'PAGAENDE' as const },
        { beskrivning: 'Redan klar', agare: 'Göteborg', ansvarigEnhet: 'Äldreomsorgen', sistaDatum: '2026-11-30', status: 'KLAR' as const },
        { beskrivning: 'Senare', agare: 'Göteborg', ansvarigEnhet: 'Äldreomsorgen', sistaDatum: '2027-01-10', status: 'PLANERAD' as const },
      ];
      const punkter = generateAgenda({ ...base, plan: { ...base.plan!, atgarder }, nastaMote: { datum: '2026-12-14', egnaPunkter: ['Julens bemanning', 'Influensavaccination'] } });
      expect(punkt(punkter, 'atgarder-fore-motet')).toEqual({
        id: 'atgarder-fore-motet',
        rubrik: 'Åtgärder med sista datum till och med mötet 2026-12-14 (1)',
        detaljer: ['Ny rondlista. Ägare: Västra Götalandsregionen (VC Hjällbo). Sista datum 2026-12-01.'],
        slag: 'arende',
      });
      expect(ids(punkter).slice(-5)).toEqual(['egen-1', 'egen-2', 'ovriga-fragor', 'nasta-mote', 'avslutning']);
      expect(punkt(punkter, 'egen-1')?.rubrik).toBe('Julens bemanning');
    });

    it('has no such item without a day for the meeting', () => {
      expect(punkt(generateAgenda({ ...lugnt(), nastaMote: { datum: null, egnaPunkter: [] } }), 'atgarder-fore-motet')).toBeUndefined();
    });
  });

  describe('previous meeting', () => {
    it('refers to the latest meeting held, whatever order the meetings come in', () => {
      const beslut = (beskrivning: string) => ({ beskrivning, skapad: null, stangd: null });
      const punkter = generateAgenda({
        ...lugnt(),
        moten: [
          { datum: '2026-05-02', beslut: [beslut('maj'), beslut('maj 2')] },
          { datum: '2026-10-12', beslut: [beslut('Ny rutin för läkemedelslistor')] },
          { datum: '2026-08-20', beslut: [beslut('augusti')] },
        ],
      });
      expect(punkt(punkter, 'foregaende-mote')?.detaljer).toEqual(['Mötet 2026-10-12: genomgång av minnesanteckningar och 1 beslut.', 'Beslut: Ny rutin för läkemedelslistor.']);
    });

    it("follows each decision's åtgärd: where it stands today, overdue, or closed", () => {
      const punkter = generateAgenda({
        ...lugnt(),
        idag: '2026-11-16',
        moten: [
          {
            datum: '2026-10-12',
            beslut: [
              { beskrivning: 'Rutin för läkemedel', skapad: { beskrivning: 'Ta fram rutin', status: 'PAGAENDE', sistaDatum: '2026-12-31', forsenad: false }, stangd: null },
              { beskrivning: 'Rondschema', skapad: { beskrivning: 'Nytt rondschema', status: 'PLANERAD', sistaDatum: '2026-11-01', forsenad: true }, stangd: null },
              { beskrivning: 'Klart', skapad: null, stangd: 'Gemensam kontaktlista' },
            ],
          },
        ],
      });
      expect(punkt(punkter, 'foregaende-mote')?.detaljer.slice(1)).toEqual([
        'Beslut: Rutin för läkemedel – åtgärd ”Ta fram rutin”: pågående, sista datum 2026-12-31.',
        'Beslut: Rondschema – åtgärd ”Nytt rondschema”: försenad, sista datum 2026-11-01 (15 dagar sedan).',
        'Beslut: Klart – åtgärd ”Gemensam kontaktlista” avslutad.',
      ]);
    });

    it('has no such item before the first meeting', () => {
      expect(punkt(generateAgenda(lugnt()), 'foregaende-mote')).toBeUndefined();
    });
  });
});
