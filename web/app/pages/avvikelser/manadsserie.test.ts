import { describe, expect, it } from 'vitest';
import { arsrader, manadsetiketter, manadsnamn, manadsserie } from './manadsserie.js';

const visat = (varde: number) => ({ varde, undertryckt: false });
const undertryckt = { varde: null, undertryckt: true };

describe('manadsserie', () => {
  const manader = ['2025-11', '2025-12', '2026-01', '2026-02'];

  it('gives a month without a cell 0: the analysis lists every month that had avvikelser', () => {
    const serie = manadsserie([{ manad: '2025-12', antal: visat(25) }], manader);
    expect(serie.map((stapel) => [stapel.manad, stapel.antal])).toEqual([
      ['2025-11', { typ: 'varde', varde: 0 }],
      ['2025-12', { typ: 'varde', varde: 25 }],
      ['2026-01', { typ: 'varde', varde: 0 }],
      ['2026-02', { typ: 'varde', varde: 0 }],
    ]);
  });

  it('keeps a withheld month withheld: a few avvikelser, never 0', () => {
    const serie = manadsserie([{ manad: '2026-01', antal: undertryckt }], manader);
    expect(serie[2]).toEqual({ manad: '2026-01', namn: 'jan 2026', antal: { typ: 'undertryckt' } });
  });

  it('keeps a cell outside the listed months rather than dropping its avvikelser', () => {
    const serie = manadsserie([{ manad: '2026-03', antal: visat(5) }], manader);
    expect(serie.map((stapel) => stapel.manad)).toEqual([...manader, '2026-03']);
  });
});

describe('manadsnamn', () => {
  it('names the month in Swedish', () => {
    expect(manadsnamn('2026-05')).toBe('maj 2026');
    expect(manadsnamn('2025-10')).toBe('okt 2025');
  });
});

describe('manadsetiketter', () => {
  it('labels every month of a year and shows the year at the start and at January', () => {
    const etiketter = manadsetiketter(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(etiketter).toEqual([
      { manad: 'nov', ar: '2025' },
      { manad: 'dec', ar: null },
      { manad: 'jan', ar: '2026' },
      { manad: 'feb', ar: null },
    ]);
  });

  it('labels every third month of a five-year period, each year named once', () => {
    const manader = Array.from({ length: 60 }, (_, index) => `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
    const etiketter = manadsetiketter(manader);
    const visade = etiketter.filter((etikett) => etikett !== null);
    expect(visade).toHaveLength(15);
    expect(visade.filter((etikett) => etikett!.ar !== null).map((etikett) => etikett!.ar)).toEqual(['2020', '2021', '2022', '2023', '2024']);
  });
});

describe('arsrader', () => {
  it('puts each month in its year and calendar column, leaving months outside the period empty', () => {
    const serie = manadsserie([{ manad: '2026-01', antal: visat(10) }], ['2025-11', '2025-12', '2026-01', '2026-02']);
    const rader = arsrader(serie);
    expect(rader.map((rad) => rad.ar)).toEqual(['2025', '2026']);
    expect(rader[0]!.manader.slice(0, 10).every((cell) => cell === null)).toBe(true);
    expect(rader[0]!.manader[10]?.antal).toEqual({ typ: 'varde', varde: 0 });
    expect(rader[1]!.manader[0]?.antal).toEqual({ typ: 'varde', varde: 10 });
    expect(rader[1]!.manader.slice(2).every((cell) => cell === null)).toBe(true);
  });
});
