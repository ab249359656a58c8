import { describe, it, expect } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { SamverkanDatabase } from '../database.js';
import { allaAvvikelser, avvikelseWhere, parseAvvikelseFilter, type AvvikelseUrval } from './avvikelseFilter.js';

// Compiles queries without a database, to check the SQL the filter produces.
const db = new Kysely<SamverkanDatabase>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

function compileWhere(urval: AvvikelseUrval, after: Parameters<typeof avvikelseWhere>[1] = null) {
  const { sql, parameters } = db.selectFrom('avvikelse').select('avvikelse.id').where(avvikelseWhere(urval, after)).compile();
  return { where: sql.slice(sql.indexOf(' where ') + 7), parameters };
}

function badInput(reason: string, field: string) {
  return expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason, field }) });
}

describe('parseAvvikelseFilter', () => {
  it('treats a missing filter as no conditions', () => {
    expect(parseAvvikelseFilter(undefined)).toEqual(allaAvvikelser);
    expect(parseAvvikelseFilter(null)).toEqual(allaAvvikelser);
    expect(parseAvvikelseFilter({})).toEqual(allaAvvikelser);
  });

  it('keeps valid conditions', () => {
    expect(
      parseAvvikelseFilter({
        naromradeId: '1480-angered',
        vardsamverkansomradeId: 'goteborgsomradet',
        kommunkod: '1480',
        kategorier: ['LAKEMEDEL'],
        statusar: ['RAPPORTERAD', 'MOTTAGEN'],
        fran: '2026-01-01',
        till: '2026-01-01',
        mottagandeHuvudman: 'VGR',
        mottagandeEnhetHsaId: 'SE2321000131-E000000000001',
        rapporterandeHuvudman: '1480',
      }),
    ).toEqual({
      naromradeId: '1480-angered',
      vardsamverkansomradeId: 'goteborgsomradet',
      kommunkod: '1480',
      kategorier: ['LAKEMEDEL'],
      statusar: ['RAPPORTERAD', 'MOTTAGEN'],
      fran: '2026-01-01',
      till: '2026-01-01',
      mottagandeHuvudman: 'VGR',
      mottagandeEnhetHsaId: 'SE2321000131-E000000000001',
      rapporterandeHuvudman: '1480',
    });
  });

  it('refuses a kommunkod outside Västra Götaland', () => {
    expect(() => parseAvvikelseFilter({ kommunkod: '0180' })).toThrow(badInput('KOMMUNKOD_INVALID', 'filter.kommunkod'));
    expect(() => parseAvvikelseFilter({ kommunkod: 'Borås' })).toThrow(badInput('KOMMUNKOD_INVALID', 'filter.kommunkod'));
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => parseAvvikelseFilter({ fran: '2026-02-30' })).toThrow(badInput('DATE_INVALID', 'filter.fran'));
    expect(() => parseAvvikelseFilter({ till: '23/11/2026' })).toThrow(badInput('DATE_INVALID', 'filter.till'));
  });

  it('refuses fran after till', () => {
    expect(() => parseAvvikelseFilter({ fran: '2026-06-02', till: '2026-06-01' })).toThrow(badInput('DATE_RANGE_INVALID', 'filter.till'));
  });
});

describe('avvikelseWhere', () => {
  it('is always true without conditions', () => {
    const { where, parameters } = compileWhere(allaAvvikelser);
    expect(parameters).toEqual([]);
    expect(where).not.toContain('avvikelse.');
  });

  it('ands every given condition, each as a parameter', () => {
    const { where, parameters } = compileWhere({
      naromradeId: '1480-angered',
      vardsamverkansomradeId: 'goteborgsomradet',
      kommunkod: '1480',
      kategorier: ['LAKEMEDEL', 'SIP'],
      statusar: ['AVSLUTAD'],
      fran: '2026-01-01',
      till: '2026-06-30',
      mottagandeHuvudman: 'VGR',
      mottagandeEnhetHsaId: 'SE2321000131-E000000000001',
      rapporterandeHuvudman: '1480',
    });
    expect(where).toBe(
      '("avvikelse"."mottagande_huvudman" = $1 and "avvikelse"."mottagande_enhet_hsa_id" = $2 and "avvikelse"."rapporterande_huvudman" = $3' +
        ' and "avvikelse"."naromrade_id" = $4 and "avvikelse"."vardsamverkansomrade_id" = $5 and "avvikelse"."kommunkod" = $6' +
        ' and "avvikelse"."kategori" = any($7) and "avvikelse"."status" = any($8)' +
        ' and "avvikelse"."handelsedatum" >= $9 and "avvikelse"."handelsedatum" <= $10)',
    );
    expect(parameters).toEqual([
      'VGR',
      'SE2321000131-E000000000001',
      '1480',
      '1480-angered',
      'goteborgsomradet',
      '1480',
      ['LAKEMEDEL', 'SIP'],
      ['AVSLUTAD'],
      '2026-01-01',
      '2026-06-30',
    ]);
  });

  it('keeps an empty category list, which matches nothing', () => {
    const { where, parameters } = compileWhere({ ...allaAvvikelser, kategorier: [] });
    expect(where).toBe('"avvikelse"."kategori" = any($1)');
    expect(parameters).toEqual([[]]);
  });

  it('adds the keyset condition after a position', () => {
    const { where, parameters } = compileWhere(
      { ...allaAvvikelser, kommunkod: '1490' },
      { ordning: 'SENAST_RAPPORTERAD', rapporteradTid: '2026-11-01T08:30:00.000Z', id: 'avv-000123' },
    );
    expect(where).toBe(
      '("avvikelse"."kommunkod" = $1 and ("avvikelse"."rapporterad_tid", "avvikelse"."id") < (cast($2 as timestamptz), $3))',
    );
    expect(parameters).toEqual(['1490', '2026-11-01T08:30:00.000Z', 'avv-000123']);
  });

  it('pages the deadline order by (avslutad, frist, id)', () => {
    const { where, parameters } = compileWhere(allaAvvikelser, { ordning: 'ATERKOPPLINGSFRIST', avslutad: 0, frist: '2026-12-01', id: 'avv-000123' });
    expect(where).toContain('"avvikelse"."id") > (cast($1 as integer), cast($2 as date), $3)');
    expect(where).toContain(`at time zone 'Europe/Stockholm' as date) + 60)`);
    expect(parameters).toEqual([0, '2026-12-01', 'avv-000123']);
  });

  it('validates the huvudman and unit conditions', () => {
    expect(() => parseAvvikelseFilter({ mottagandeHuvudman: 'Region' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'filter.mottagandeHuvudman' }) }));
    expect(() => parseAvvikelseFilter({ rapporterandeHuvudman: '0180' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'filter.rapporterandeHuvudman' }) }));
    expect(() => parseAvvikelseFilter({ mottagandeEnhetHsaId: 'enhet 1' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'filter.mottagandeEnhetHsaId' }) }));
  });
});
