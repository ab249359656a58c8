import { describe, expect, it } from 'vitest';
import { formatLoggtid, huvudmanText, kategorierText, kedjeutfall } from './granskningText.js';

describe('formatLoggtid', () => {
  it('shows the instant in Swedish time, winter and summer', () => {
    expect(formatLoggtid('2026-11-23T08:30:00.000Z')).toBe('2026-11-23 09:30:00');
    expect(formatLoggtid('2026-06-30T22:15:05Z')).toBe('2026-07-01 00:15:05');
  });

  it('leaves what is no time as it came', () => {
    expect(formatLoggtid('igår')).toBe('igår');
  });
});

describe('huvudmanText and kategorierText', () => {
  it('names a kommun by its code and keeps VGR', () => {
    expect(huvudmanText('VGR')).toBe('VGR');
    expect(huvudmanText('1480')).toBe('Kommun 1480');
  });

  it('lists the categories as stored', () => {
    expect(kategorierText(['avvikelse', 'sip'])).toBe('avvikelse, sip');
    expect(kategorierText([])).toBe('–');
  });
});

describe('kedjeutfall', () => {
  it('tells a whole chain and how many rows were checked', () => {
    expect(kedjeutfall({ hel: true, kontrolleradeRader: 42, forstaFelLopnummer: null, fel: null })).toBe('Kedjan är hel: 42 rader kontrollerade.');
    expect(kedjeutfall({ hel: true, kontrolleradeRader: 1, forstaFelLopnummer: null, fel: null })).toBe('Kedjan är hel: 1 rad kontrollerad.');
  });

  it('tells where a broken chain breaks and how, in Swedish', () => {
    expect(kedjeutfall({ hel: false, kontrolleradeRader: 10, forstaFelLopnummer: 7, fel: 'RAD_ANDRAD' })).toBe('Kedjan är bruten vid rad 7: Raden har ändrats.');
    expect(kedjeutfall({ hel: false, kontrolleradeRader: 10, forstaFelLopnummer: 3, fel: 'KEDJAN_BRUTEN' })).toBe(
      'Kedjan är bruten vid rad 3: En rad har lagts till eller länken ändrats.',
    );
    expect(kedjeutfall({ hel: false, kontrolleradeRader: 10, forstaFelLopnummer: 9, fel: 'RAD_SAKNAS' })).toBe('Kedjan är bruten vid rad 9: En rad saknas.');
  });

  it('still says the chain is broken for a code it does not know', () => {
    expect(kedjeutfall({ hel: false, kontrolleradeRader: 2, forstaFelLopnummer: null, fel: 'NYTT_FEL' })).toBe('Kedjan är bruten: Okänt fel (NYTT_FEL).');
  });
});
