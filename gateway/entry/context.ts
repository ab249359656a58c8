// The entry subgraph runs inside the gateway process and needs no per-request state.
export type EntryContext = Record<string, never>;
