// Points the committed supergraph's routing URLs (`@join__graph(name, url)`)
// at the subgraph processes the benchmark started on free ports, so gateways
// B and C route to the same processes as A.

const joinGraph = /@join__graph\(\s*name:\s*"([^"]+)"\s*,\s*url:\s*"([^"]*)"\s*\)/g;

/** Replaces the url of every `@join__graph`; every graph needs a URL and every URL a graph. */
export function rewriteSupergraphUrls(supergraphSdl: string, urlsByGraphName: Readonly<Record<string, string>>): string {
  const seen = new Set<string>();
  const rewritten = supergraphSdl.replace(joinGraph, (_match, name: string) => {
    const url = urlsByGraphName[name];
    if (url === undefined) throw new Error(`No URL for the supergraph's subgraph "${name}"`);
    seen.add(name);
    return `@join__graph(name: "${name}", url: ${JSON.stringify(url)})`;
  });
  const unknown = Object.keys(urlsByGraphName).filter((name) => !seen.has(name));
  if (unknown.length > 0) throw new Error(`The supergraph has no subgraph named ${unknown.map((name) => `"${name}"`).join(', ')}`);
  return rewritten;
}
