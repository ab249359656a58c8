import { describe, expect, it } from 'vitest';
import { omradeskatalog, omradesnamn } from './omradeskatalog.js';

const katalog = omradeskatalog({
  vardsamverkansomraden: [
    { id: 'sodra-alvsborg', namn: 'Södra Älvsborg' },
    { id: 'goteborgsomradet', namn: 'Göteborgsområdet' },
  ],
  naromraden: [
    { id: '1490-boras', namn: 'Borås', vardsamverkansomrade: { id: 'sodra-alvsborg' } },
    { id: '1480-orgryte-harlanda', namn: 'Örgryte-Härlanda', vardsamverkansomrade: { id: 'goteborgsomradet' } },
    { id: '1480-angered', namn: 'Angered', vardsamverkansomrade: { id: 'goteborgsomradet' } },
  ],
});

describe('omradeskatalog', () => {
  it('groups the närområden under their vårdsamverkansområde, in Swedish alphabetical order', () => {
    expect(katalog.naromradesgrupper.map((grupp) => [grupp.omrade.namn, grupp.naromraden.map((n) => n.namn)])).toEqual([
      ['Göteborgsområdet', ['Angered', 'Örgryte-Härlanda']],
      ['Södra Älvsborg', ['Borås']],
    ]);
  });

  it('names an area of the right level, and no unknown one', () => {
    expect(omradesnamn(katalog, 'LOKAL', '1480-angered')).toBe('Angered');
    expect(omradesnamn(katalog, 'DELREGIONAL', 'sodra-alvsborg')).toBe('Södra Älvsborg');
    expect(omradesnamn(katalog, 'DELREGIONAL', '1480-angered')).toBeNull();
    expect(omradesnamn(katalog, 'LOKAL', '1499-finns-inte')).toBeNull();
  });
});
