import { describe, expect, it } from 'vitest';
import { avvikelseFilter, parametrarFranUrval, periodProblem, urvalFranParametrar } from './avvikelseUrval.js';

describe('avvikelseUrval', () => {
  it('reads the inbox defaults from an empty URL: the cases still to handle', () => {
    const urval = urvalFranParametrar({}, 'oppna');
    expect(avvikelseFilter(urval, { mottagandeHuvudman: 'VGR' })).toEqual({
      mottagandeHuvudman: 'VGR',
      statusar: ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'],
    });
  });

  it('round-trips every filter through the URL and ignores what it does not know', () => {
    const urval = urvalFranParametrar({ naromrade: '1480-angered', kategori: 'LAKEMEDEL', status: 'ATERKOPPLAD', fran: '2026-01-01', till: '2026-06-30', enhet: 'min' }, 'oppna');
    expect(urvalFranParametrar(parametrarFranUrval(urval) as Record<string, string>, 'oppna')).toEqual(urval);
    expect(avvikelseFilter(urval, { rapporterandeHuvudman: '1480' })).toEqual({
      rapporterandeHuvudman: '1480',
      naromradeId: '1480-angered',
      kategorier: ['LAKEMEDEL'],
      statusar: ['ATERKOPPLAD'],
      fran: '2026-01-01',
      till: '2026-06-30',
    });
    expect(urvalFranParametrar({ kategori: 'PIZZA', status: 'KLAR', fran: '1 jan' }, 'alla')).toMatchObject({ kategori: '', status: 'alla', fran: '' });
    expect(avvikelseFilter(urvalFranParametrar({ status: 'alla' }, 'oppna'), {})).toEqual({});
  });

  it('points out a period that ends before it starts', () => {
    expect(periodProblem(urvalFranParametrar({ fran: '2026-06-02', till: '2026-06-01' }, 'alla'))).toMatch(/Slutdatum/);
    expect(periodProblem(urvalFranParametrar({ fran: '2026-06-01', till: '2026-06-01' }, 'alla'))).toBeNull();
  });
});
