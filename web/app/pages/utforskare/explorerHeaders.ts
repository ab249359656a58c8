// The HTTP headers of a request from the API explorer: the logged-in user's
// token, then whatever the developer typed in GraphiQL's headers tab (their
// own `authorization` wins, e.g. a system client's token).

export function explorerHeaders(token: string | null, editorHeaders: Record<string, unknown> | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  for (const [name, value] of Object.entries(editorHeaders ?? {})) {
    if (value === undefined || value === null) continue;
    const lowerName = name.toLowerCase();
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    headers[lowerName] = lowerName === 'x-samsyn-nodatkomst-anledning' ? percentEncodeOnce(text) : text;
  }
  return headers;
}

/**
 * The nödåtkomst reason travels percent-encoded (a header carries no å, ä, ö).
 * A developer may type it plainly or already encoded; encode only the former.
 */
function percentEncodeOnce(text: string): string {
  if (/^[A-Za-z0-9\-_.!~*'()%]*$/.test(text)) {
    try {
      decodeURIComponent(text);
      return text;
    } catch {
      // A lone `%` is no encoding: encode the text as typed.
    }
  }
  return encodeURIComponent(text);
}
