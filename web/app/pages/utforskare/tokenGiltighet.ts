// How long the user's token still holds, in words: a developer copying it
// into curl needs to know when it stops working.

/** `expiresAt` and `nowSeconds` in seconds since 1970; the time shown in the user's time zone. */
export function tokenGiltighet(expiresAt: number, nowSeconds: number): string {
  const remaining = Math.floor(expiresAt - nowSeconds);
  if (remaining <= 0) return 'har gått ut';
  const until = new Date(expiresAt * 1000);
  const time = `${String(until.getHours()).padStart(2, '0')}:${String(until.getMinutes()).padStart(2, '0')}`;
  const hours = Math.floor(remaining / 3600);
  const minutes = Math.floor((remaining % 3600) / 60);
  const left = hours > 0 ? `${hours} h ${minutes} min` : minutes > 0 ? `${minutes} min` : 'mindre än en minut';
  return `gäller till ${time} (${left} kvar)`;
}
