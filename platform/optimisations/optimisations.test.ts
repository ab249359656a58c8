import { afterEach, describe, expect, it } from 'vitest';
import { readConfiguration } from '../config/variables.js';
import { ConfigurationError } from '../config/configurationError.js';
import { optimisationNames, optimisationOn, optimisationVariables, turnOffOptimisations } from './optimisations.js';

describe('SAMSYN_OPTIMISATIONS_OFF', () => {
  afterEach(() => turnOffOptimisations([]));

  it('leaves every optimisation on when unset or empty', () => {
    expect(readConfiguration(optimisationVariables, {}).SAMSYN_OPTIMISATIONS_OFF).toEqual([]);
    expect(readConfiguration(optimisationVariables, { SAMSYN_OPTIMISATIONS_OFF: '' }).SAMSYN_OPTIMISATIONS_OFF).toEqual([]);
  });

  it('reads names separated by commas, spaces allowed', () => {
    const off = readConfiguration(optimisationVariables, { SAMSYN_OPTIMISATIONS_OFF: 'read-combiner, fetch-batching' }).SAMSYN_OPTIMISATIONS_OFF;
    expect(off).toEqual(['read-combiner', 'fetch-batching']);
  });

  it('stops the start on an unknown name, naming it and the known ones', () => {
    const read = () => readConfiguration(optimisationVariables, { SAMSYN_OPTIMISATIONS_OFF: 'read-combiner,turbo' });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(/SAMSYN_OPTIMISATIONS_OFF names no optimisation: turbo; known: undici-pool, /);
  });

  it('turns off exactly the named ones', () => {
    turnOffOptimisations(['read-combiner']);
    expect(optimisationOn('read-combiner')).toBe(false);
    expect(optimisationNames.filter((name) => !optimisationOn(name))).toEqual(['read-combiner']);
    turnOffOptimisations([]);
    expect(optimisationOn('read-combiner')).toBe(true);
  });
});
