import DataLoader from 'dataloader';
import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { prefetchBoendenMedAnsvar, prefetchNaromradeParts } from './prefetchNaromradeParts.js';

function infoFor(query: string) {
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments: {} };
}

/** Loaders that record every batch they are asked for; `fail` makes a loader's batch reject. */
function recordingLoaders(fail: string[] = []) {
  const batches: Record<string, string[][]> = { naromradesplanerByNaromrade: [], motenByNaromrade: [], boendeIdsInForceByNaromrade: [] };
  const loader = (name: string) =>
    new DataLoader<string, any>(async (ids) => {
      batches[name]!.push([...ids]);
      if (fail.includes(name)) throw new Error(`${name} failed`);
      return ids.map((id) => [`${name}:${id}`]);
    });
  return {
    batches,
    loaders: {
      naromradesplanerByNaromrade: loader('naromradesplanerByNaromrade'),
      motenByNaromrade: loader('motenByNaromrade'),
      boendeIdsInForceByNaromrade: loader('boendeIdsInForceByNaromrade'),
    },
  };
}

describe('prefetchNaromradeParts', () => {
  it('starts the reads of the selected parts, which the resolvers then get without a second read', async () => {
    const { loaders, batches } = recordingLoaders();
    prefetchNaromradeParts(loaders, '1480-angered', infoFor('{ naromrade(id: "1480-angered") { namn naromradesplan { version } moten { id } } }'));
    expect(await loaders.naromradesplanerByNaromrade.load('1480-angered')).toEqual(['naromradesplanerByNaromrade:1480-angered']);
    expect(await loaders.motenByNaromrade.load('1480-angered')).toEqual(['motenByNaromrade:1480-angered']);
    expect(batches['naromradesplanerByNaromrade']).toEqual([['1480-angered']]);
    expect(batches['motenByNaromrade']).toEqual([['1480-angered']]);
  });

  it('reads nothing that was not selected', async () => {
    const { loaders, batches } = recordingLoaders();
    prefetchNaromradeParts(loaders, '1480-angered', infoFor('{ naromrade(id: "1480-angered") { namn naromradesplaner { version } } }'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches['naromradesplanerByNaromrade']).toEqual([['1480-angered']]);
    expect(batches['motenByNaromrade']).toEqual([]);
    prefetchNaromradeParts(loaders, '1480-centrum', infoFor('{ naromrade(id: "1480-centrum") { namn } }'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches['naromradesplanerByNaromrade']).toEqual([['1480-angered']]);
  });

  it('leaves a failed read to the resolver that reads it again, without an unhandled rejection', async () => {
    const { loaders } = recordingLoaders(['motenByNaromrade', 'boendeIdsInForceByNaromrade']);
    prefetchNaromradeParts(loaders, '1480-angered', infoFor('{ naromrade(id: "1480-angered") { moten { id } } }'));
    prefetchBoendenMedAnsvar(loaders, '1480-angered');
    // Long enough for an unhandled rejection to be reported (vitest fails the run on one).
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(loaders.motenByNaromrade.load('1480-angered')).rejects.toThrow('motenByNaromrade failed');
    await expect(loaders.boendeIdsInForceByNaromrade.load('1480-angered')).rejects.toThrow('boendeIdsInForceByNaromrade failed');
  });
});
