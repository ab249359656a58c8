import { describe, expect, it } from 'vitest';
import { stegKontroll } from './stegKontroll.js';

describe('stegKontroll', () => {
  it('needs the återkoppling and the reason, as the server says', () => {
    expect(stegKontroll({ handling: 'ATERKOPPLA', kommentarKravs: true, systemfelNivaer: [] }, '  ', null)).toEqual({ falt: 'kommentar', text: 'Skriv återkopplingen till rapportören.' });
    expect(stegKontroll({ handling: 'AVVISA', kommentarKravs: true, systemfelNivaer: [] }, '', null)?.text).toBe('Skriv skälet.');
    expect(stegKontroll({ handling: 'ATERKOPPLA', kommentarKravs: true, systemfelNivaer: [] }, 'Rutinen är ändrad.', null)).toBeNull();
    expect(stegKontroll({ handling: 'TA_EMOT', kommentarKravs: false, systemfelNivaer: [] }, '', null)).toBeNull();
  });
  it('needs one of the offered levels to lift a systemfel', () => {
    const lyft = { handling: 'LYFT_SOM_SYSTEMFEL' as const, kommentarKravs: false, systemfelNivaer: ['DELREGIONAL' as const] };
    expect(stegKontroll(lyft, '', null)?.falt).toBe('niva');
    expect(stegKontroll(lyft, '', 'NOSAM')?.falt).toBe('niva');
    expect(stegKontroll(lyft, '', 'DELREGIONAL')).toBeNull();
  });
  it('refuses a text over 4000 characters before sending', () => {
    expect(stegKontroll({ handling: 'TA_EMOT', kommentarKravs: false, systemfelNivaer: [] }, 'x'.repeat(4001), null)?.falt).toBe('kommentar');
  });
});
