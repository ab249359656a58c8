// The header: the logo, who is logged in (roles and huvudman, a kommun by its
// name) and logging out on the first row, the menu on a row of its own so a
// long kommun name never pushes the menu off a projector's width.
import { useKommunnamn } from './components/useKommunnamn.js';
import { huvudmanText } from './format/kommunnamn.js';
import type { PageEntry } from './pages.js';
import type { PageId } from './routing/route.js';
import { formatRoute } from './routing/route.js';
import { roleNames } from './session/roleNames.js';
import { useSession } from './session/SessionContext.js';

export function Sidhuvud({ menu, aktuell }: { menu: readonly PageEntry[]; aktuell: PageId | null }) {
  const { session, logout } = useSession();
  // A region user shows no kommun, so needs no names.
  const kommunnamn = useKommunnamn(session.huvudman !== 'VGR');
  return (
    <header className="sidhuvud">
      <span className="logotyp">Samsyn</span>
      <nav aria-label="Sidor">
        <ul>
          {menu.map((entry) => (
            <li key={entry.id}>
              <a href={formatRoute({ page: entry.id, params: {} })} aria-current={entry.id === aktuell ? 'page' : undefined}>
                {entry.titel}
              </a>
            </li>
          ))}
          <li>
            <a href="/utforskare.html">API-utforskare</a>
          </li>
        </ul>
      </nav>
      <span className="anvandare" data-testid="anvandare">
        {session.roller.map((roll) => roleNames[roll] ?? roll).join(', ')} · {huvudmanText(session.huvudman, kommunnamn)}
      </span>
      <button type="button" className="logga-ut" onClick={() => logout()}>
        Logga ut
      </button>
    </header>
  );
}
