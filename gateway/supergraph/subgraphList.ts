// The subgraphs that make up the supergraph: name, SDL file and the routing
// URL written into the committed supergraph (the gateway may override each URL
// at run time, see gateway/config).

export interface SubgraphEntry {
  name: 'vgr' | 'kommun' | 'samverkan' | 'entry';
  /** Who the data belongs to, for error messages when the subgraph is unavailable. */
  huvudman: string;
  schemaFile: string;
  defaultUrl: string;
}

export const subgraphList: readonly SubgraphEntry[] = [
  { name: 'entry', huvudman: 'Samsyn (gateway)', schemaFile: 'schema/entry.graphql', defaultUrl: 'http://localhost:4004/graphql' },
  { name: 'kommun', huvudman: 'kommunerna', schemaFile: 'schema/kommun.graphql', defaultUrl: 'http://localhost:4002/graphql' },
  { name: 'samverkan', huvudman: 'samverkan (region och kommuner gemensamt)', schemaFile: 'schema/samverkan.graphql', defaultUrl: 'http://localhost:4003/graphql' },
  { name: 'vgr', huvudman: 'Västra Götalandsregionen', schemaFile: 'schema/vgr.graphql', defaultUrl: 'http://localhost:4001/graphql' },
];
