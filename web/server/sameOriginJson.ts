// The development login signs a token for whoever asks, so only the page
// itself may ask: JSON (a cross-site form cannot send it, and a cross-site
// fetch of it needs a preflight this server never grants), from an Origin
// that is this very server, and, where the browser says so, same-origin.
import type { IncomingHttpHeaders } from 'node:http';

/** Why a request is not the page's own JSON request (a Swedish message), or null when it is. */
export function sameOriginJsonProblem(headers: IncomingHttpHeaders): string | null {
  const mediaType = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') return 'Inloggningen tar bara emot JSON (Content-Type: application/json).';
  const origin = headers.origin;
  if (!origin) return 'Inloggningen tar bara emot anrop från webbapplikationen själv, och anropet saknar Origin.';
  if (!headers.host || origin.toLowerCase() !== `http://${headers.host.toLowerCase()}`) {
    return 'Inloggningen tar bara emot anrop från webbapplikationen själv, och anropet kommer från en annan webbplats (Origin).';
  }
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return 'Inloggningen tar bara emot anrop från webbapplikationen själv, och webbläsaren anger en annan webbplats (Sec-Fetch-Site).';
  }
  return null;
}
