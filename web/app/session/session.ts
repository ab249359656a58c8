// Who is logged in: the token and what the application reads from it to
// choose pages (roles, huvudman). The servers verify the token; the browser
// only reads its claims, so nothing here grants access.

export type Roll = 'vardpersonal' | 'nosam' | 'analytiker' | 'granskare' | 'system';

export interface Session {
  token: string;
  roller: Roll[];
  /** `VGR` or a kommunkod. */
  huvudman: string;
  /** The unit the user acts for (HSA-id). */
  organisation: string;
  /** Seconds since 1970. */
  expiresAt: number;
}

const storageKey = 'samsyn.session.token';

/** The session a token describes, or null for a token that is malformed or lacks the claims. */
export function sessionFromToken(token: string): Session | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  let claims: Record<string, unknown>;
  try {
    const json = decodeBase64Url(payload);
    claims = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
  const { roles, huvudman, commissionHsaId, exp } = claims;
  if (!Array.isArray(roles) || typeof huvudman !== 'string' || typeof exp !== 'number') return null;
  return {
    token,
    roller: roles.filter((role): role is Roll => typeof role === 'string') as Roll[],
    huvudman,
    organisation: typeof commissionHsaId === 'string' ? commissionHsaId : '',
    expiresAt: exp,
  };
}

export function isExpired(session: Session, nowSeconds = Date.now() / 1000): boolean {
  return session.expiresAt <= nowSeconds;
}

export function hasRoll(session: Session, roll: Roll): boolean {
  return session.roller.includes(roll);
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The token lives for the browser tab only (sessionStorage): closing the tab logs out. */
export function loadSession(storage: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage): Session | null {
  const token = storage.getItem(storageKey);
  const session = token ? sessionFromToken(token) : null;
  if (!session || isExpired(session)) {
    storage.removeItem(storageKey);
    return null;
  }
  return session;
}

export function saveSession(token: string, storage: Pick<Storage, 'setItem'> = sessionStorage): Session | null {
  const session = sessionFromToken(token);
  if (session) storage.setItem(storageKey, token);
  return session;
}

export function clearSession(storage: Pick<Storage, 'removeItem'> = sessionStorage): void {
  storage.removeItem(storageKey);
}
