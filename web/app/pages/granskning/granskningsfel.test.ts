import { describe, expect, it } from 'vitest';
import { classifyErrors } from '../../graphql/operationProblems.js';
import { svenskaProblem } from './granskningsfel.js';

describe('svenskaProblem', () => {
  it('gives known codes Swedish messages and keeps the rest', () => {
    const problems = classifyErrors([
      { message: 'Only a granskare of the region may read it.', path: ['regionensAtkomstlogg'], extensions: { code: 'FORBIDDEN' } },
      { message: '"filter.till" must be on or after "filter.fran".', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'Något nytt.', extensions: { code: 'NYTT' } },
    ]);
    const svenska = svenskaProblem(problems);
    expect(svenska.refused).toEqual([{ code: 'FORBIDDEN', message: 'Din roll får inte läsa de här uppgifterna.', path: 'regionensAtkomstlogg' }]);
    expect(svenska.other).toEqual([
      { code: 'BAD_USER_INPUT', message: 'Servern godtog inte sökningen. Kontrollera personnumret, användaren och perioden.' },
      { code: 'NYTT', message: 'Något nytt.' },
    ]);
  });
});
