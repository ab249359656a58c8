// Where GraphiQL keeps its tabs, history and layout: in memory only. Every
// load opens the saved examples fresh (GraphiQL's restore of stored tabs adds
// stray copies of them), and what a developer typed — personnummer, access
// grounds — never outlives the page. Its "clear storage" cannot touch the login.

/** The part of the Web Storage API GraphiQL uses (its `Storage` type). */
export interface GraphiqlStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  readonly length: number;
}

export function explorerStorage(): GraphiqlStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
    get length() {
      return values.size;
    },
  };
}
