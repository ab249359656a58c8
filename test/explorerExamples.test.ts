// The API explorer's mutation examples (web/app/pages/utforskare/) against
// the API and the seed: one example per mutation, acting on seeded rows that
// are as the examples say. Here rather than beside the examples because it
// reads files and runs the seed generator (Node), which the web app's own
// type check has no types for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../subgraphs/common/seed/generateWorld.js';
import { seedReferenceDate, testReferenceDate } from '../subgraphs/common/seed/referenceDate.js';
import { boendeansvarInput } from '../subgraphs/samverkan/testing/boendeansvarInput.js';
import { exempelBoendeansvar, exempelSeed } from '../web/app/pages/utforskare/exempelVariabler.js';

const exempelDirectory = new URL('../web/app/pages/utforskare/exempel/', import.meta.url);

describe('the explorer’s mutation examples', () => {
  it('has an example file for every mutation of the API', () => {
    const schema = readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8');
    const mutationBlock = /type Mutation \{([\s\S]*?)\n\}/.exec(schema)![1]!;
    const mutations = [...mutationBlock.matchAll(/^  (\w+)\(/gm)].map((match) => match[1]!);
    const exempel = readdirSync(exempelDirectory).map((file) => readFileSync(new URL(file, exempelDirectory), 'utf8'));
    const covered = mutations.filter((name) => exempel.some((text) => new RegExp(`^\\s+${name}\\(input:`, 'm').test(text)));
    const spärrar = ['registreraKommunensSparr', 'havKommunensSparr', 'registreraRegionensSparr', 'havRegionensSparr'];
    expect(mutations.filter((name) => !covered.includes(name) && !spärrar.includes(name))).toEqual([]);
  });

  // A fresh `npm start` seeds as of yesterday: the examples must hold for the tests' fixed day and for today's.
  it.each([testReferenceDate, seedReferenceDate({})])('act on seeded rows that are as the examples say, so they work against a fresh npm start (as of %s)', (referenceDate) => {
    const world = generateWorld('small', referenceDate);
    const avvikelse = world.samverkan.avvikelser.find((row) => row.id === exempelSeed.avvikelse.id);
    expect(avvikelse).toMatchObject({ status: 'MOTTAGEN', rapporterandeHuvudman: '1480', mottagandeHuvudman: 'VGR', naromradeId: '1480-angered' });
    // A seeded avvikelse's version is its number of steps: reported and received.
    expect(exempelSeed.avvikelse.version).toBe(2);
    expect(world.samverkan.sipar.find((row) => row.id === exempelSeed.sip.id)).toMatchObject({ status: 'UPPFOLJNING', naromradeId: '1480-angered' });
    const plan = world.samverkan.naromradesplaner.find((row) => row.naromradeId === '1480-angered' && row.giltigTill === null)!;
    expect(exempelBoendeansvar).toEqual(boendeansvarInput(world, plan.id));
  });

});
