// How long a token may live: issued no later than a small clock difference
// from now, and valid for no longer than the configured maximum from its
// issue to its expiry, so a stolen or mis-issued token cannot be used for ever.

/** The clock difference tolerated between the issuer and this server, for `iat`, `nbf` and `exp` alike. */
export const clockToleranceSeconds = 60;

/** The default longest `exp − iat`: 12 h, a long working day plus margin; SECURITY-NOTES gives no figure of its own. */
export const defaultMaxTokenLifetimeSeconds = 12 * 3600;

export type TokenLifetimeReason = 'TOKEN_ISSUED_IN_FUTURE' | 'TOKEN_LIFETIME_TOO_LONG';

export interface TokenLifetimeProblem {
  reason: TokenLifetimeReason;
  message: string;
}

/** `now` in seconds since the epoch; `iat` and `exp` as jose verified them (numbers). */
export function tokenLifetimeProblem(claims: { iat: number; exp: number }, now: number, maxLifetimeSeconds: number): TokenLifetimeProblem | null {
  const ahead = claims.iat - now;
  if (ahead > clockToleranceSeconds) {
    return {
      reason: 'TOKEN_ISSUED_IN_FUTURE',
      message: `The token was not accepted: its "iat" lies ${Math.round(ahead)} s in the future; at most ${clockToleranceSeconds} s of clock difference is tolerated.`,
    };
  }
  const lifetime = claims.exp - claims.iat;
  if (lifetime > maxLifetimeSeconds) {
    return {
      reason: 'TOKEN_LIFETIME_TOO_LONG',
      message: `The token was not accepted: it is valid for ${lifetime} s between "iat" and "exp"; at most ${maxLifetimeSeconds} s (${describeSeconds(maxLifetimeSeconds)}) is accepted.`,
    };
  }
  return null;
}

/** A limit in words for the message: whole hours or minutes when it is one. */
export function describeSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
