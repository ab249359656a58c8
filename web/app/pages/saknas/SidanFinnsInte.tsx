// The page for a route the user's roles do not have, or that is no page at all.
// Neutral on purpose: it shows nothing from the URL (a link may carry a
// personnummer to a role that must never see one) and no other page in its place.
import { formatRoute } from '../../routing/route.js';
import type { PageEntry } from '../../pages.js';

export function SidanFinnsInte({ start }: { start: PageEntry | null }) {
  return (
    <>
      <h1>Sidan finns inte för din roll</h1>
      <p>Länken leder till en sida som inte finns, eller som din roll inte har.</p>
      {start ? (
        <p>
          <a href={formatRoute({ page: start.id, params: {} })}>Till startsidan ({start.titel})</a>
        </p>
      ) : (
        <p>Din roll har inga sidor här.</p>
      )}
    </>
  );
}
