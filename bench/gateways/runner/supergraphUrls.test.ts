import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rewriteSupergraphUrls } from './supergraphUrls.js';

const urls = {
  entry: 'http://127.0.0.1:41001/graphql',
  vgr: 'http://127.0.0.1:41002/graphql',
  kommun: 'http://127.0.0.1:41003/graphql',
  samverkan: 'http://127.0.0.1:41004/graphql',
};

describe('rewriteSupergraphUrls', () => {
  it('replaces every routing URL of the committed supergraph and nothing else', () => {
    const committed = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
    const rewritten = rewriteSupergraphUrls(committed, urls);
    expect(rewritten).toContain('ENTRY @join__graph(name: "entry", url: "http://127.0.0.1:41001/graphql")');
    expect(rewritten).toContain('VGR @join__graph(name: "vgr", url: "http://127.0.0.1:41002/graphql")');
    expect(rewritten).toContain('KOMMUN @join__graph(name: "kommun", url: "http://127.0.0.1:41003/graphql")');
    expect(rewritten).toContain('SAMVERKAN @join__graph(name: "samverkan", url: "http://127.0.0.1:41004/graphql")');
    expect(rewritten).not.toContain('localhost:400');
    expect(rewritten.length).toBe(committed.length + 4 * ('127.0.0.1:4100x'.length - 'localhost:400x'.length));
  });

  it('refuses a graph without a URL and a URL without a graph', () => {
    const sdl = 'enum join__Graph {\n  VGR @join__graph(name: "vgr", url: "http://localhost:4001/graphql")\n}';
    expect(() => rewriteSupergraphUrls(sdl, {})).toThrow('No URL for the supergraph\'s subgraph "vgr"');
    expect(() => rewriteSupergraphUrls(sdl, { vgr: 'http://x/graphql', extra: 'http://y/graphql' })).toThrow('no subgraph named "extra"');
  });
});
