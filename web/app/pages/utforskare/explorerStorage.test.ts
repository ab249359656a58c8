import { describe, expect, it } from 'vitest';
import { explorerStorage } from './explorerStorage.js';

describe('explorerStorage', () => {
  it('keeps what GraphiQL stores for the life of the page', () => {
    const storage = explorerStorage();
    storage.setItem('graphiql:tabState', '{"tabs":[]}');
    expect(storage.getItem('graphiql:tabState')).toBe('{"tabs":[]}');
    expect(storage.length).toBe(1);
    storage.removeItem('graphiql:tabState');
    expect(storage.getItem('graphiql:tabState')).toBeNull();
  });

  it('starts empty on every page load, so the examples open fresh', () => {
    explorerStorage().setItem('graphiql:tabState', '{"tabs":[]}');
    expect(explorerStorage().getItem('graphiql:tabState')).toBeNull();
  });

  it('clears only its own store', () => {
    const storage = explorerStorage();
    storage.setItem('graphiql:query', '{ kommuner { namn } }');
    storage.clear();
    expect(storage.length).toBe(0);
  });
});
