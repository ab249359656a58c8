import { describe, expect, it } from 'vitest';
import { classifyErrors } from '../../graphql/operationProblems.js';
import { utdragsdel } from './utdragDelar.js';

const lasning = { tid: '2026-11-23T08:30:00.000Z', organisationHsaId: 'SE2120001480-E1', huvudman: '1480', informationskategorier: ['hemsjukvard'] };

describe('utdragsdel', () => {
  it('shows the own huvudman’s reads and calls the others not its data, not a failure', () => {
    const utdrag = { patientId: '191212121212', regionensLasningar: null, kommunensLasningar: [lasning], samverkansLasningar: [] };
    const problems = classifyErrors([{ message: 'Forbidden', path: ['loggutdrag', 'regionensLasningar'], extensions: { code: 'FORBIDDEN' } }]);
    expect(utdragsdel(utdrag, 'kommun', problems)).toEqual({ status: 'visas', lasningar: [lasning] });
    expect(utdragsdel(utdrag, 'samverkan', problems)).toEqual({ status: 'tomt' });
    expect(utdragsdel(utdrag, 'region', problems)).toEqual({ status: 'annanHuvudman' });
  });

  it('tells a service that does not answer from another failure', () => {
    const utdrag = { patientId: '191212121212', regionensLasningar: null, kommunensLasningar: null, samverkansLasningar: null };
    const problems = classifyErrors([{ message: 'down', path: ['loggutdrag', 'samverkansLasningar'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'samverkan' } }]);
    expect(utdragsdel(utdrag, 'samverkan', problems)).toEqual({ status: 'ejTillgangligt' });
    expect(utdragsdel(utdrag, 'region', problems)).toEqual({ status: 'fel' });
  });
});
