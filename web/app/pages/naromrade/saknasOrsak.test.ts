import { describe, expect, it } from 'vitest';
import { classifyErrors } from '../../graphql/operationProblems.js';
import { saknasOrsak } from './saknasOrsak.js';

const kommunNere = { message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'kommun', huvudman: 'kommunerna' } };
const forbidden = (path: string[]) => ({ message: 'no', path, extensions: { code: 'FORBIDDEN' } });

describe('saknasOrsak', () => {
  it('names the service that is down', () => {
    expect(saknasOrsak(classifyErrors([kommunNere]), 'naromrade.boendenUtanAnsvar', 'kommun')).toEqual({ orsak: 'ej-tillgangligt', tjanst: 'Kommunernas tjänst' });
  });

  it('says "not for your role" for a value refused at or below its path, even when a service is also down', () => {
    const problems = classifyErrors([kommunNere, forbidden(['naromrade', 'antalForsenadeSipUppfoljningar'])]);
    expect(saknasOrsak(problems, 'naromrade.antalForsenadeSipUppfoljningar', 'samverkan')).toEqual({ orsak: 'inte-for-din-roll' });
    // A refusal elsewhere does not explain this value.
    expect(saknasOrsak(problems, 'naromrade.boenden', 'kommun')).toEqual({ orsak: 'ej-tillgangligt', tjanst: 'Kommunernas tjänst' });
  });

  it('for a whole failed operation any refusal counts', () => {
    expect(saknasOrsak(classifyErrors([forbidden(['forsenadeSipUppfoljningar'])]), null, 'samverkan')).toEqual({ orsak: 'inte-for-din-roll' });
  });

  it('falls back to "could not be fetched" for other errors', () => {
    expect(saknasOrsak(classifyErrors([{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]), null, 'samverkan')).toEqual({ orsak: 'kunde-inte-hamtas' });
  });
});
