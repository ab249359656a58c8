import { describe, expect, it } from 'vitest';
import { classifyErrors } from '../../graphql/operationProblems.js';
import { faltstatus, sektionsstatus } from './patientbildDelar.js';

const needsGround = (field: string) => ({ message: 'needs ground', path: ['patient', field], extensions: { code: 'ATKOMSTGRUND_SAKNAS' } });
const kommunDown = { message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'kommun', huvudman: 'kommunerna' } };

const regionData = { listning: { listadSedan: '2012-03-01' }, fastLakarkontakt: null, narsjukvardsteamEpisoder: [] };
const kommunRefused = { kommun: null, hemsjukvard: null, hemtjanst: null, boende: null };

describe('a VGR nurse without access ground (the seeded answer for 191212121212)', () => {
  const problems = classifyErrors(['hemsjukvard', 'hemtjanst', 'boende', 'kommun'].map(needsGround));
  const patient = { ...regionData, ...kommunRefused, sipar: [{ id: 'sip-00001' }], avvikelser: [] };

  it('shows the region part and the samverkan part', () => {
    expect(sektionsstatus(problems, 'region', patient)).toBe('visas');
    expect(sektionsstatus(problems, 'samverkan', patient)).toBe('visas');
  });

  it('says the kommun part needs an access ground, not that the patient has nothing there', () => {
    expect(sektionsstatus(problems, 'kommun', patient)).toBe('kraverAtkomstgrund');
    expect(faltstatus(problems, 'kommun', 'hemsjukvard', null)).toBe('kraverAtkomstgrund');
  });

  it('tells an empty field apart from a shown one within a shown part', () => {
    expect(faltstatus(problems, 'region', 'listning', patient.listning)).toBe('visas');
    expect(faltstatus(problems, 'region', 'fastLakarkontakt', null)).toBe('tomt');
    expect(faltstatus(problems, 'region', 'narsjukvardsteamEpisoder', [])).toBe('tomt');
    expect(faltstatus(problems, 'samverkan', 'avvikelser', [])).toBe('tomt');
  });
});

describe('a service that is down', () => {
  it('marks its part as not available even though its fields are null like an empty part', () => {
    const problems = classifyErrors([kommunDown]);
    const patient = { ...regionData, ...kommunRefused, sipar: [], avvikelser: [] };
    expect(sektionsstatus(problems, 'kommun', patient)).toBe('ejTillgangligt');
    expect(faltstatus(problems, 'kommun', 'boende', null)).toBe('ejTillgangligt');
    expect(sektionsstatus(problems, 'region', patient)).toBe('visas');
  });
});

describe('a patient with nothing at a huvudman', () => {
  it('is an empty part, not a refusal', () => {
    expect(sektionsstatus(classifyErrors([]), 'kommun', kommunRefused)).toBe('tomt');
    expect(sektionsstatus(classifyErrors([]), 'samverkan', { sipar: [], avvikelser: [] })).toBe('tomt');
  });
});

describe('refusals by role', () => {
  it('refuses every part when the whole patient is forbidden', () => {
    const problems = classifyErrors([{ message: 'no', path: ['patient'], extensions: { code: 'FORBIDDEN' } }]);
    expect(sektionsstatus(problems, 'region', {})).toBe('nekad');
    expect(sektionsstatus(problems, 'samverkan', {})).toBe('nekad');
  });

  it('keeps a forbidden field apart from one that only needs a ground', () => {
    const problems = classifyErrors([needsGround('sipar'), { message: 'no', path: ['patient', 'avvikelser'], extensions: { code: 'FORBIDDEN' } }]);
    expect(faltstatus(problems, 'samverkan', 'sipar', null)).toBe('kraverAtkomstgrund');
    expect(faltstatus(problems, 'samverkan', 'avvikelser', null)).toBe('nekad');
    expect(sektionsstatus(problems, 'samverkan', { sipar: null, avvikelser: null })).toBe('visas');
  });

  it('counts a refusal inside a list that nulled the list as a refusal of that field', () => {
    const problems = classifyErrors([{ message: 'g', path: ['patient', 'sipar', 0, 'insatser'], extensions: { code: 'ATKOMSTGRUND_SAKNAS' } }]);
    expect(faltstatus(problems, 'samverkan', 'sipar', null)).toBe('kraverAtkomstgrund');
    expect(faltstatus(problems, 'samverkan', 'avvikelser', [])).toBe('tomt');
  });

  it('still shows what came back when a refusal left the value in place', () => {
    const problems = classifyErrors([{ message: 'g', path: ['patient', 'avvikelser', 1, 'patient'], extensions: { code: 'ATKOMSTGRUND_SAKNAS' } }]);
    expect(faltstatus(problems, 'samverkan', 'avvikelser', [{ id: 'a' }, { id: 'b' }])).toBe('visas');
  });
});
