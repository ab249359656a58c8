import { describe, expect, it } from 'vitest';
import { refusalError } from './patientLoaders.js';

describe('refusalError', () => {
  it('lets allowed and filtered decisions through without an error', () => {
    expect(refusalError({ resultat: 'TILLATEN', grund: 'EGEN_VARDRELATION', granskasSarskilt: false }, '1480')).toBeNull();
    expect(refusalError({ resultat: 'FILTRERAD', grund: 'SAMTYCKE', sparrad: true }, '1480')).toBeNull();
  });

  it('asks for an access ground naming the data-holding kommun', () => {
    const error = refusalError({ resultat: 'NEKAD', grund: null, code: 'ATKOMSTGRUND_SAKNAS' }, '1480');
    expect(error?.extensions).toMatchObject({ code: 'ATKOMSTGRUND_SAKNAS', dataHuvudman: '1480' });
  });

  it('refuses a role without patient access with FORBIDDEN, naming no huvudman', () => {
    const error = refusalError({ resultat: 'NEKAD', grund: null, code: 'FORBIDDEN' }, '1480');
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(error?.message).not.toContain('1480');
  });
});
