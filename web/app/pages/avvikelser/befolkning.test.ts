import { describe, expect, it } from 'vitest';
import { omradesbefolkning, perInvanare, type KommunBefolkningSvar } from './befolkning.js';

const scb = { ar: 2024, kalla: 'SCB, Folkmängd per kommun 31 december 2024', ungefarlig: false };
const kommuner: KommunBefolkningSvar[] = [
  { kod: '1480', namn: 'Göteborg', befolkning: { totalt: 600_000, alder65Plus: 90_000, alder80Plus: 25_000, ...scb }, vardsamverkansomrade: { id: 'goteborgsomradet' } },
  { kod: '1481', namn: 'Mölndal', befolkning: { totalt: 70_000, alder65Plus: 12_000, alder80Plus: 3_500, ...scb }, vardsamverkansomrade: { id: 'goteborgsomradet' } },
  { kod: '1490', namn: 'Borås', befolkning: { totalt: 115_000, alder65Plus: 21_000, alder80Plus: 6_000, ...scb }, vardsamverkansomrade: { id: 'sodra-alvsborg' } },
];

describe('omradesbefolkning', () => {
  it('sums the kommuner of the county and of a vårdsamverkansområde', () => {
    expect(omradesbefolkning(kommuner, 'LANSGEMENSAM', null)).toEqual({
      totalt: 785_000, alder65Plus: 123_000, alder80Plus: 34_500, ...scb, kommunForNaromrade: null,
    });
    expect(omradesbefolkning(kommuner, 'DELREGIONAL', 'goteborgsomradet')).toMatchObject({ totalt: 670_000, alder65Plus: 102_000, ungefarlig: false });
  });

  it("measures a närområde by its kommun's population, marked approximate", () => {
    expect(omradesbefolkning(kommuner, 'LOKAL', '1480-angered')).toMatchObject({ totalt: 600_000, ungefarlig: true, kommunForNaromrade: 'Göteborg' });
  });

  it('marks the sum approximate when any kommun is', () => {
    const ungefarlig = kommuner.map((kommun) => ({ ...kommun, befolkning: { ...kommun.befolkning, ungefarlig: kommun.kod === '1481' } }));
    expect(omradesbefolkning(ungefarlig, 'DELREGIONAL', 'goteborgsomradet')?.ungefarlig).toBe(true);
    expect(omradesbefolkning(ungefarlig, 'DELREGIONAL', 'sodra-alvsborg')?.ungefarlig).toBe(false);
  });

  it('is null when the area is unknown, not chosen or its kommuner cannot be told', () => {
    expect(omradesbefolkning(kommuner, 'DELREGIONAL', 'fyrbodal')).toBeNull();
    expect(omradesbefolkning(kommuner, 'LOKAL', '1499-falkoping')).toBeNull();
    expect(omradesbefolkning(kommuner, 'LOKAL', null)).toBeNull();
    const utanSamverkan = kommuner.map((kommun) => ({ ...kommun, vardsamverkansomrade: null }));
    expect(omradesbefolkning(utanSamverkan, 'DELREGIONAL', 'goteborgsomradet')).toBeNull();
    expect(omradesbefolkning(utanSamverkan, 'LOKAL', '1480-angered')?.totalt).toBe(600_000);
  });
});

describe('perInvanare', () => {
  it('divides a count by the population', () => {
    expect(perInvanare({ typ: 'varde', varde: 120 }, 600_000, 10_000)).toEqual({ typ: 'varde', varde: 2 });
    expect(perInvanare({ typ: 'varde', varde: 0 }, 600_000, 10_000)).toEqual({ typ: 'varde', varde: 0 });
  });

  it('keeps a withheld or missing count so, and needs a population', () => {
    expect(perInvanare({ typ: 'undertryckt' }, 600_000, 10_000)).toEqual({ typ: 'undertryckt' });
    expect(perInvanare({ typ: 'saknas' }, 600_000, 10_000)).toEqual({ typ: 'saknas' });
    expect(perInvanare({ typ: 'varde', varde: 10 }, null, 10_000)).toEqual({ typ: 'saknas' });
    expect(perInvanare({ typ: 'varde', varde: 10 }, 0, 10_000)).toEqual({ typ: 'inget' });
  });
});
