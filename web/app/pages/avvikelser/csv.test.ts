import { describe, expect, it } from 'vitest';
import { csvTal, toCsv } from './csv.js';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads å, ä and ö', () => {
    const bytes = new TextEncoder().encode(toCsv([['Område'], ['Göteborgsområdet']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('separates fields with semicolons and lines with CRLF, decimals with a comma', () => {
    expect(toCsv([['Grupp', 'Värde'], ['Median', 36.2], ['Totalt', 1505]])).toBe('\uFEFFGrupp;Värde\r\nMedian;36,2\r\nTotalt;1505\r\n');
  });

  it('quotes fields holding a semicolon, a quote or a line break, doubling the quotes', () => {
    expect(toCsv([['a;b', 'sa "hej"', 'rad\nny', 'vanlig']])).toBe('\uFEFF"a;b";"sa ""hej""";"rad\nny";vanlig\r\n');
  });

  it('writes a missing value as an empty field', () => {
    expect(toCsv([['Vecka', null, 'ja']])).toBe('\uFEFFVecka;;ja\r\n');
  });

  it('defuses text Excel would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '-1', '@SUM(A1)']])).toBe('\uFEFF"\'=HYPERLINK(""x"")";\'-1;\'@SUM(A1)\r\n');
    expect(toCsv([[-1]])).toBe('\uFEFF-1\r\n');
  });
});

describe('csvTal', () => {
  it('uses a decimal comma and no thousands separator', () => {
    expect(csvTal(1234.5)).toBe('1234,5');
    expect(csvTal(null)).toBe('');
  });
});
