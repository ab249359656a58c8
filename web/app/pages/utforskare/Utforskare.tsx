// The API explorer for integration developers: GraphiQL with the API schema
// from the bundle (documentation works offline and without introspection,
// which production turns off), the saved examples, and the user's own token.
import { useEditorContext } from '@graphiql/react';
import { GraphiQLInterface, GraphiQLProvider } from 'graphiql';
import { buildSchema } from 'graphql';
import { useEffect, useMemo, useRef, useState } from 'react';
import apiSchemaSdl from '../../../../schema/api.graphql';
import { roleNames } from '../../session/roleNames.js';
import { loadSession, type Session } from '../../session/session.js';
import { exempelLista, type Exempel } from './exempel.js';
import { localDate } from './exempelVariabler.js';
import { createExplorerFetcher } from './explorerFetcher.js';
import { explorerStorage } from './explorerStorage.js';

const newTabText = '# Skriv en fråga här, eller öppna ett av exemplen ovan.\n# Ctrl-Enter kör, Ctrl-Space föreslår fält, Dokumentation finns i sidopanelen.\n\n';

export function Utforskare() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const schema = useMemo(() => buildSchema(apiSchemaSdl), []);
  const storage = useMemo(() => explorerStorage(), []);
  // Built once per page load: the report example gets a fresh klientnyckel each time.
  const [exempel] = useState(() => exempelLista(session, localDate(new Date()), crypto.randomUUID()));
  const fetcher = useMemo(
    () =>
      createExplorerFetcher(() => {
        const current = loadSession();
        setSession(current);
        return current?.token ?? null;
      }),
    [],
  );

  return (
    <GraphiQLProvider
      schema={schema}
      fetcher={fetcher}
      storage={storage}
      defaultTabs={exempel.map(({ query, variables, headers }) => ({ query, variables, headers }))}
      defaultQuery={newTabText}
      shouldPersistHeaders={false}
    >
      <div className="utforskare-sida">
        <Sidhuvud session={session} exempel={exempel} />
        <main className="utforskare-graphiql" aria-label="GraphiQL">
          <GraphiQLInterface defaultTheme="light" defaultEditorToolsVisibility isHeadersEditorEnabled showPersistHeadersSettings={false} />
        </main>
      </div>
    </GraphiQLProvider>
  );
}

function Sidhuvud({ session, exempel }: { session: Session | null; exempel: Exempel[] }) {
  const open = useOpenExample();
  return (
    <header className="utforskare-huvud">
      <div className="utforskare-rad">
        <h1>Samsyn API-utforskare</h1>
        <nav aria-label="Länkar">
          <a href="/">Till Samsyn</a>
          <a href="/#/token">Token för API:et</a>
        </nav>
        {session ? (
          <p className="utforskare-session" data-testid="utforskare-session">
            Anropen skickas med ditt token: {session.roller.map((roll) => roleNames[roll] ?? roll).join(', ')} ·{' '}
            {session.huvudman === 'VGR' ? 'VGR' : `kommun ${session.huvudman}`}
          </p>
        ) : (
          <p className="utforskare-varning" role="alert">
            Du är inte inloggad, så anropen nekas (UNAUTHENTICATED). <a href="/">Logga in i Samsyn</a> och öppna utforskaren från menyn i samma flik;
            dokumentationen fungerar ändå.
          </p>
        )}
      </div>
      <nav className="utforskare-exempel" aria-label="Exempel">
        <span id="exempel-rubrik">Exempel:</span>
        <ul aria-labelledby="exempel-rubrik">
          {exempel.map((item) => (
            <li key={item.id}>
              <button type="button" onClick={() => open(item)} title={`Öppna exemplet i en flik. Roll: ${item.roll}`}>
                {item.titel}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/**
 * Opens an example: its tab when one still holds it unchanged, otherwise a new
 * tab with it (an edited example stays as the developer left it).
 */
function useOpenExample(): (exempel: Exempel) => void {
  const editor = useEditorContext({ nonNull: true });
  const pending = useRef<Exempel | null>(null);
  const { queryEditor, variableEditor, headerEditor, tabs, activeTabIndex } = editor;

  useEffect(() => {
    const example = pending.current;
    if (!example || !queryEditor) return;
    pending.current = null;
    // The new tab starts with the default text; the editors' change handlers
    // then store the example in the tab (and name it by its operation).
    queryEditor.setValue(example.query);
    variableEditor?.setValue(example.variables);
    headerEditor?.setValue(example.headers);
  }, [tabs.length, activeTabIndex, queryEditor, variableEditor, headerEditor]);

  return (example) => {
    const index = tabs.findIndex((tab) => tab.query === example.query);
    if (index >= 0) {
      editor.changeTab(index);
      return;
    }
    pending.current = example;
    editor.addTab();
  };
}
