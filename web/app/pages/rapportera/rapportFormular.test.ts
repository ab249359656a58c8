import { describe, expect, it } from 'vitest';
import {
  arTidigare,
  fordelaServerfel,
  forstaFaltMedFel,
  granska,
  harledMottagandeHuvudman,
  huvudmanNamn,
  nyKlientnyckel,
  tomtFormular,
  type Formular,
} from './rapportFormular.js';

const idag = '2026-03-10';
const kommun = { huvudman: '1480', enhetHsaId: 'SE2120001231-E1480000000001' };
const region = { huvudman: 'VGR', enhetHsaId: 'SE2321000131-E000000000101' };
const ifyllt: Formular = {
  kategori: 'LAKEMEDEL',
  handelsedatum: '2026-03-09',
  beskrivning: '  Läkemedelslistan följde inte med vid utskrivningen.  ',
  naromradeId: '1480-angered',
  mottagandeEnhetHsaId: '',
  personnummer: '',
};

describe('harledMottagandeHuvudman', () => {
  it('sends a kommun user’s report to the region, närområde chosen or not', () => {
    expect(harledMottagandeHuvudman('1480', null)).toBe('VGR');
    expect(harledMottagandeHuvudman('1480', '1480-angered')).toBe('VGR');
  });

  it('sends a region user’s report to the kommun the närområde lies in, once it is chosen', () => {
    expect(harledMottagandeHuvudman('VGR', null)).toBeNull();
    expect(harledMottagandeHuvudman('VGR', '1490-centrum')).toBe('1490');
  });
});

describe('huvudmanNamn', () => {
  it('names the region and the kommuner, by kommunkod when the names are unavailable', () => {
    const namn = new Map([['1480', 'Göteborg']]);
    expect(huvudmanNamn('VGR', namn)).toBe('Västra Götalandsregionen');
    expect(huvudmanNamn('1480', namn)).toBe('Göteborg');
    expect(huvudmanNamn('1490', namn)).toBe('kommun 1490');
  });
});

describe('granska', () => {
  it('builds the input of a kommun user’s report: own huvudman and unit, the region receives, text trimmed', () => {
    const result = granska(ifyllt, kommun, 'nyckel-0001', idag);
    expect(result).toEqual({
      ok: true,
      input: {
        klientnyckel: 'nyckel-0001',
        kategori: 'LAKEMEDEL',
        handelsedatum: '2026-03-09',
        rapporterandeHuvudman: '1480',
        rapporterandeEnhetHsaId: 'SE2120001231-E1480000000001',
        mottagandeHuvudman: 'VGR',
        naromradeId: '1480-angered',
        beskrivning: 'Läkemedelslistan följde inte med vid utskrivningen.',
      },
    });
  });

  it('adds the receiving unit and the patient (as twelve digits) only when given', () => {
    const result = granska({ ...ifyllt, mottagandeEnhetHsaId: 'SE2321000131-E000000000011', personnummer: ' 19121212-1212 ' }, kommun, 'nyckel-0001', idag);
    expect(result.ok && result.input.mottagandeEnhetHsaId).toBe('SE2321000131-E000000000011');
    expect(result.ok && result.input.patientId).toBe('191212121212');
  });

  it('lets the region report to the närområde’s kommun', () => {
    const result = granska({ ...ifyllt, naromradeId: '1490-centrum' }, region, 'nyckel-0001', idag);
    expect(result.ok && result.input.mottagandeHuvudman).toBe('1490');
    expect(result.ok && result.input.rapporterandeHuvudman).toBe('VGR');
  });

  it('names every missing choice of an empty form, in page order', () => {
    const result = granska(tomtFormular(idag), kommun, 'nyckel-0001', idag);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fel)).toEqual(['kategori', 'beskrivning', 'naromradeId']);
    expect(forstaFaltMedFel(result.fel)).toBe('kategori');
  });

  it('refuses a date in the future, more than five years back, or none', () => {
    const fel = (handelsedatum: string) => {
      const result = granska({ ...ifyllt, handelsedatum }, kommun, 'nyckel-0001', idag);
      return result.ok ? null : result.fel.handelsedatum;
    };
    expect(fel('2026-03-11')).toBe('Datumet kan inte ligga i framtiden.');
    expect(fel('2021-03-09')).toBe('Datumet får ligga högst fem år bak i tiden.');
    expect(fel('2021-03-10')).toBeNull();
    expect(fel('')).toBe('Ange dagen det hände (ÅÅÅÅ-MM-DD).');
    expect(fel('2026-02-30')).toBe('Ange dagen det hände (ÅÅÅÅ-MM-DD).');
  });

  it('refuses a text of only spaces, and one longer than 4 000 characters counted as the server counts', () => {
    const blank = granska({ ...ifyllt, beskrivning: '  \n ' }, kommun, 'nyckel-0001', idag);
    expect(!blank.ok && blank.fel.beskrivning).toBe('Beskriv vad som hände.');
    expect(granska({ ...ifyllt, beskrivning: '😀'.repeat(4000) }, kommun, 'nyckel-0001', idag).ok).toBe(true);
    const lang = granska({ ...ifyllt, beskrivning: 'a'.repeat(4001) }, kommun, 'nyckel-0001', idag);
    expect(!lang.ok && lang.fel.beskrivning).toMatch(/högst 4 000 tecken/);
  });

  it('leaves a personnummer in the text to the server (a warning, not a block)', () => {
    expect(granska({ ...ifyllt, beskrivning: 'Gällde 19121212-1212.' }, kommun, 'nyckel-0001', idag).ok).toBe(true);
  });

  it('refuses a kommun user’s närområde in another kommun (the server would)', () => {
    const result = granska({ ...ifyllt, naromradeId: '1490-centrum' }, kommun, 'nyckel-0001', idag);
    expect(!result.ok && result.fel.naromradeId).toMatch(/egen kommun/);
  });

  it('refuses a personnummer that is mistyped, with the reason', () => {
    const result = granska({ ...ifyllt, personnummer: '19121212-1213' }, kommun, 'nyckel-0001', idag);
    expect(!result.ok && result.fel.patientId).toBe('Kontrollsiffran stämmer inte. Kontrollera personnumret.');
  });
});

describe('fordelaServerfel', () => {
  it('puts the server’s field messages next to the form’s fields and the rest in the general box', () => {
    expect(
      fordelaServerfel({ 'input.beskrivning': 'Ta bort numret.', 'input.patientId': 'Fel.', 'input.rapporterandeEnhetHsaId': 'HSA-id fel.' }),
    ).toEqual({ falt: { beskrivning: 'Ta bort numret.', patientId: 'Fel.' }, ovriga: ['HSA-id fel.'] });
  });
});

describe('arTidigare', () => {
  it('counts whole years back, 29 February as 28', () => {
    expect(arTidigare('2028-02-29', 5)).toBe('2023-02-28');
    expect(arTidigare('2026-03-10', 5)).toBe('2021-03-10');
  });
});

describe('nyKlientnyckel', () => {
  it('makes a UUID the server accepts as a key, with or without crypto.randomUUID', () => {
    expect(nyKlientnyckel()).toMatch(/^[0-9a-f-]{36}$/);
    const utan = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const nyckel = nyKlientnyckel(utan);
    expect(nyckel).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nyKlientnyckel(utan)).not.toBe(nyckel);
  });
});
