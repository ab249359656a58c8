// The application's routes live in the URL fragment (`#/naromrade?id=1480-angered`),
// so every view can be bookmarked and shown on a projector without a server route.

export const pageIds = ['naromrade', 'rapportera', 'inkorg', 'vara-rapporter', 'avvikelse', 'avvikelser', 'sip-luckor', 'patient', 'granskning', 'token'] as const;
export type PageId = (typeof pageIds)[number];

export interface Route {
  page: PageId;
  params: Record<string, string>;
}

export const defaultRoute: Route = { page: 'naromrade', params: {} };

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = text.split('?', 2);
  const page = (pageIds as readonly string[]).includes(path) ? (path as PageId) : defaultRoute.page;
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(query)) params[name] = value;
  return { page, params };
}

/** What the fragment asks for: no page at all (the user's start page), one of the app's pages, or something that is no page here. */
export type PageRequest = { kind: 'none' } | { kind: 'page'; page: PageId } | { kind: 'unknown' };

export function requestedPage(hash: string): PageRequest {
  const path = hash.replace(/^#\/?/, '').split('?', 1)[0] ?? '';
  if (path === '') return { kind: 'none' };
  return (pageIds as readonly string[]).includes(path) ? { kind: 'page', page: path as PageId } : { kind: 'unknown' };
}

export function formatRoute(route: Route): string {
  const entries = Object.entries(route.params).filter(([, value]) => value !== '');
  const query = new URLSearchParams(entries).toString();
  return `#/${route.page}${query ? `?${query}` : ''}`;
}

/** The link to one avvikelse's case page, wherever an id is shown. */
export function avvikelseHref(id: string): string {
  return formatRoute({ page: 'avvikelse', params: { id } });
}
